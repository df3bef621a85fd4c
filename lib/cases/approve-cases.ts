import type { PortalUser } from "../auth/user";
import type { Db } from "../db/client";
import type { Case, Prisma } from "../db/generated/client";
import { staff } from "./actor";
import { authoriseAction } from "./authorise";
import { appendCaseEvents } from "./case-event";
import { caseScopeWhere } from "./case-scope";
import { BulkInput } from "./decision-input";
import { flagNoLongerEntitled, toCheck, type StillEntitled } from "./entitlement";
import { recordDecision } from "./record-decision";

/** What a bulk approval did with each case; nothing is left out silently. */
export type ApprovalOutcome = {
  approved: string[];
  /** Refused: the supervisor recommended these themselves (separation of duties). */
  ownReview: string[];
  /** Not approved: the subject is no longer entitled; the case is flagged instead. */
  noLongerEntitled: string[];
  /** Someone else changed these since the supervisor loaded them. */
  conflicts: string[];
  /** Not in review (already decided, or not yet recommended). */
  notInReview: string[];
  /** Not found, or outside the supervisor's scope. */
  notFound: string[];
};

const REASON = "entitlement_confirmed";

/**
 * A supervisor approves many cases in one action. A case they recommended themselves is
 * refused; every other one is checked against the latest snapshot first (`stillEntitled`,
 * called outside the transaction because it reads the lake), and one no longer entitled is
 * flagged rather than approved. Each case is approved only at the version the supervisor saw;
 * events and the audit record are written in the same transaction.
 */
export async function approveCases(
  db: Db,
  user: PortalUser,
  input: BulkInput,
  stillEntitled: StillEntitled,
  now = new Date(),
): Promise<ApprovalOutcome> {
  const { cases: wanted, note } = BulkInput.parse(input);
  const actor = staff(user);
  authoriseAction(actor, "approve", REASON);

  const ids = [...new Set(wanted.map((c) => c.caseId))];
  const rows = await db.case.findMany({
    where: { id: { in: ids }, ...caseScopeWhere(user.scope) },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const seen = new Map(wanted.map((c) => [c.caseId, c.version]));
  const outcome: ApprovalOutcome = {
    approved: [],
    ownReview: [],
    noLongerEntitled: [],
    conflicts: [],
    notInReview: [],
    notFound: [],
  };
  const ready: Case[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) outcome.notFound.push(id);
    else if (row.version !== seen.get(id)) outcome.conflicts.push(id);
    else if (row.state !== "in_review") outcome.notInReview.push(id);
    else if (row.reviewerId === user.id) outcome.ownReview.push(id);
    else ready.push(row);
  }

  const entitled = ready.length > 0 ? await stillEntitled(ready.map(toCheck)) : new Set<string>();
  const toApprove = ready.filter((row) => entitled.has(row.id));
  const toFlag = ready.filter((row) => !entitled.has(row.id));

  await db.$transaction(async (tx) => {
    outcome.approved = await approveAtVersion(tx, user, toApprove, now);
    outcome.noLongerEntitled = await flagNoLongerEntitled(tx, actor, toFlag, now);
    const done = new Set([...outcome.approved, ...outcome.noLongerEntitled]);
    outcome.conflicts.push(...ready.filter((row) => !done.has(row.id)).map((row) => row.id));

    const events = outcome.approved.map((caseId) => ({
      caseId,
      from: "in_review" as const,
      to: "approved" as const,
      reason: REASON,
      note: note ?? null,
    }));
    await appendCaseEvents(tx, actor, events, now);
    await recordDecision(tx, user, { action: "approve", reason: REASON, ...outcome });
  });
  return outcome;
}

/** Approves the cases still in review at the version read, set-wise; returns those approved. */
async function approveAtVersion(
  tx: Prisma.TransactionClient,
  user: PortalUser,
  rows: { id: string; version: number }[],
  now: Date,
): Promise<string[]> {
  if (rows.length === 0) return [];

  const updated = await tx.$queryRaw<{ id: string }[]>`
    UPDATE cases AS c
    SET state = 'approved', decider_id = ${user.id}::uuid, flag = NULL, flagged_at = NULL,
      version = c.version + 1, updated_at = ${now}
    FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.version)}::int[])
      AS seen(id, version)
    WHERE c.id = seen.id AND c.version = seen.version AND c.state = 'in_review'
    RETURNING c.id::text AS id`;
  const approved = new Set(updated.map((row) => row.id));

  return rows.map((row) => row.id).filter((id) => approved.has(id));
}
