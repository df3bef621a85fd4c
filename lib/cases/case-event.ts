import type { Prisma } from "../db/generated/client";
import { eventActor, type Actor } from "./actor";
import type { CaseState } from "./states";

export type CaseEventInput = {
  caseId: string;
  from: CaseState | null;
  to: CaseState;
  reason: string;
  note?: string | null;
  detail?: Prisma.InputJsonValue;
};

/**
 * Appends events to cases' histories inside the caller's transaction, so a case never moves
 * without its event. The table refuses updates and deletes.
 */
export async function appendCaseEvents(
  tx: Prisma.TransactionClient,
  actor: Actor,
  events: CaseEventInput[],
  at: Date,
): Promise<void> {
  if (events.length === 0) return;

  const who = eventActor(actor);
  await tx.caseEvent.createMany({
    data: events.map((event) => ({
      caseId: event.caseId,
      at,
      ...who,
      fromState: event.from,
      toState: event.to,
      reason: event.reason,
      note: event.note ?? null,
      ...(event.detail === undefined ? {} : { detail: event.detail }),
    })),
  });
}
