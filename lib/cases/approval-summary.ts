import type { ApprovalOutcome } from "./approve-cases";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * A bulk approval's outcome in one sentence per kind, so a supervisor sees what happened to
 * every case they chose, not only to those approved.
 */
export function approvalSummary(outcome: ApprovalOutcome): string[] {
  const lines = [
    `${plural(outcome.approved.length, "case", "cases")} approved, awaiting notification.`,
  ];
  const other: [string[], string][] = [
    [outcome.noLongerEntitled, "no longer entitled in the latest snapshot: flagged, not approved"],
    [outcome.ownReview, "recommended by you: another supervisor must decide"],
    [outcome.conflicts, "changed by someone else meanwhile: see how they stand now"],
    [outcome.notInReview, "not in review (not yet recommended, or already decided)"],
    [outcome.notFound, "not found in your scope"],
  ];
  for (const [ids, words] of other) {
    if (ids.length > 0) lines.push(`${plural(ids.length, "case", "cases")} ${words}.`);
  }

  return lines;
}
