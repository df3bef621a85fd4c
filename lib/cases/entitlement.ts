import type { Prisma } from "../db/generated/client";
import type { Actor } from "./actor";
import { appendCaseEvents } from "./case-event";
import type { CaseState } from "./states";

/** What the lake needs to tell whether a case's subject is still entitled. */
export type CaseToCheck = {
  id: string;
  serviceId: string;
  subject: string;
  familyId: string;
  snapshotDate: Date;
  regionCode: string;
  districtKato: string;
};

/**
 * Checks cases against the latest snapshot and returns the ids of those still entitled.
 * Injected, so that the workflow does not depend on the lake; the portal wires it to the
 * eligibility of the latest published snapshot.
 */
export type StillEntitled = (cases: CaseToCheck[]) => Promise<Set<string>>;

export const NO_LONGER_ENTITLED = "no_longer_entitled";

export const toCheck = (row: CaseToCheck): CaseToCheck => ({
  id: row.id,
  serviceId: row.serviceId,
  subject: row.subject,
  familyId: row.familyId,
  snapshotDate: row.snapshotDate,
  regionCode: row.regionCode,
  districtKato: row.districtKato,
});

/**
 * Flags cases whose subject is no longer entitled, keeping their state, with an event each;
 * only cases still at the version and state that were checked. Returns the ids flagged.
 */
export async function flagNoLongerEntitled(
  tx: Prisma.TransactionClient,
  actor: Actor,
  cases: { id: string; version: number; state: CaseState }[],
  now: Date,
): Promise<string[]> {
  const flagged: string[] = [];
  for (const c of cases) {
    const updated = await tx.case.updateMany({
      where: { id: c.id, version: c.version, state: c.state },
      data: { flag: NO_LONGER_ENTITLED, flaggedAt: now, version: { increment: 1 }, updatedAt: now },
    });
    if (updated.count === 1) flagged.push(c.id);
  }

  const events = cases.filter((c) => flagged.includes(c.id));
  await appendCaseEvents(
    tx,
    actor,
    events.map((c) => ({ caseId: c.id, from: c.state, to: c.state, reason: NO_LONGER_ENTITLED })),
    now,
  );
  return flagged;
}
