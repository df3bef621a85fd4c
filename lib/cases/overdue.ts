import type { Scope } from "../auth/scope";
import type { Db } from "../db/client";
import type { Case } from "../db/generated/client";
import { caseScopeWhere } from "./case-scope";
import { AWAITING_DECISION, isAwaitingDecision } from "./states";

/** Overdue: past its review deadline and still awaiting a decision. */
export function isOverdue(c: Pick<Case, "state" | "reviewDue">, now: Date): boolean {
  return isAwaitingDecision(c.state) && c.reviewDue < now;
}

/** The overdue cases of a scope, longest overdue first. */
export async function listOverdue(
  db: Db,
  scope: Scope,
  options: { now?: Date; limit?: number } = {},
): Promise<Case[]> {
  return db.case.findMany({
    where: {
      ...caseScopeWhere(scope),
      state: { in: [...AWAITING_DECISION] },
      reviewDue: { lt: options.now ?? new Date() },
    },
    orderBy: [{ reviewDue: "asc" }, { id: "asc" }],
    take: options.limit ?? 500,
  });
}
