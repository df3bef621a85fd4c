import type { CaseState } from "../db/generated/enums";

export type { CaseState };

/** Every state, in the order a case passes through them. */
export const CASE_STATES = [
  "candidate",
  "in_review",
  "approved",
  "rejected",
  "notified",
  "accepted",
  "declined",
  "expired",
  "paid",
  "closed",
] as const satisfies readonly CaseState[];

/**
 * A case is open until it ends rejected, declined, expired, paid or closed; a service and
 * subject have at most one open case (the cases_one_open index lists the same states).
 */
export const OPEN_STATES = [
  "candidate",
  "in_review",
  "approved",
  "notified",
  "accepted",
] as const satisfies readonly CaseState[];

/**
 * Awaiting a decision: a worker's workload, and the states in which a case past its review
 * deadline is overdue (the worklist indexes list the same states).
 */
export const AWAITING_DECISION = ["candidate", "in_review"] as const satisfies readonly CaseState[];

export function isAwaitingDecision(state: CaseState): boolean {
  return (AWAITING_DECISION as readonly CaseState[]).includes(state);
}

export const STATE_LABELS: Record<CaseState, string> = {
  candidate: "Candidate",
  in_review: "In review",
  approved: "Approved",
  rejected: "Rejected",
  notified: "Notified",
  accepted: "Accepted",
  declined: "Declined",
  expired: "Expired",
  paid: "Paid",
  closed: "Closed",
};
