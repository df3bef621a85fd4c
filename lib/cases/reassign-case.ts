import { z } from "zod";
import type { PortalUser } from "../auth/user";
import type { Db } from "../db/client";
import type { Case } from "../db/generated/client";
import { staff } from "./actor";
import { appendCaseEvents } from "./case-event";
import { caseScopeWhere } from "./case-scope";
import { CaseNotFoundError, ConflictError, TransitionError } from "./errors";
import { OPEN_STATES } from "./states";

export const ReassignInput = z.object({
  caseId: z.uuid("Not a case id"),
  version: z.coerce.number().int().min(1),
  assigneeId: z.uuid("Choose a social worker"),
});
export type ReassignInput = z.input<typeof ReassignInput>;

/**
 * A supervisor hands an open case of their scope to another active social worker of the
 * case's district; recorded as an event that keeps the state.
 */
export async function reassignCase(
  db: Db,
  user: PortalUser,
  input: ReassignInput,
  now = new Date(),
): Promise<Case> {
  const { caseId, version, assigneeId } = ReassignInput.parse(input);
  if (user.role !== "supervisor") throw new TransitionError("Only a supervisor reassigns cases");

  return db.$transaction(async (tx) => {
    const found = await tx.case.findFirst({ where: { id: caseId, ...caseScopeWhere(user.scope) } });
    if (!found) throw new CaseNotFoundError(caseId);
    if (found.version !== version) throw new ConflictError(caseId);
    if (!(OPEN_STATES as readonly string[]).includes(found.state)) {
      throw new TransitionError(`Case ${caseId} is finished: it cannot be reassigned`);
    }
    const worker = await tx.user.findFirst({
      where: { id: assigneeId, role: "social_worker", active: true },
    });
    if (!worker || worker.districtCode !== found.districtKato) {
      throw new TransitionError("Reassign to an active social worker of the case's district");
    }

    const updated = await tx.case.updateMany({
      where: { id: caseId, version },
      data: { assigneeId, version: { increment: 1 }, updatedAt: now },
    });
    if (updated.count === 0) throw new ConflictError(caseId);

    const detail = { fromAssignee: found.assigneeId, toAssignee: assigneeId };
    const event = { caseId, from: found.state, to: found.state, reason: "reassigned", detail };
    await appendCaseEvents(tx, staff(user), [event], now);
    return tx.case.findUniqueOrThrow({ where: { id: caseId } });
  });
}
