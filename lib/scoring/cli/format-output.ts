import { toNumber, toString, type Fraction } from "../fraction";
import type { AfReport } from "../report";

/** The report as the command prints it on stdout: one JSON object. */
export function formatReport(report: AfReport): string {
  return JSON.stringify(report, null, 2);
}

export function normalisedNote(sum: Fraction): string {
  return (
    `note: the weights sum to ${toNumber(sum)} (${toString(sum)}), so each was divided by ` +
    `that sum; write fractions such as "1/6" for exact weights`
  );
}

export function excludedNote(excluded: number): string {
  return `note: ${excluded} rows left out for a missing value (counted in "excluded")`;
}
