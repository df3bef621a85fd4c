import fs from "node:fs";
import type { Fraction } from "../fraction";
import { parseFraction } from "../parse-fraction";
import { ScoringError } from "../scoring-error";

/** The text of a file named by a flag, or an error naming the flag and the file. */
export function readText(file: string, flag: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : "";
    throw new ScoringError(
      "invalid_file",
      `cannot read ${flag} '${file}': ${reason || (error as Error).message}`,
    );
  }
}

/** A JSON file holding one object, such as {"water": "1/6"}. */
export function readJsonObject(file: string, flag: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(readText(file, flag));
  } catch (error) {
    if (error instanceof ScoringError) throw error;
    throw new ScoringError(
      "invalid_file",
      `${flag} '${file}' is not valid JSON: ${(error as Error).message}`,
    );
  }

  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ScoringError(
      "invalid_file",
      `${flag} '${file}' must hold one JSON object mapping column names to values`,
    );
  }

  return value as Record<string, unknown>;
}

/** Deprivation cutoffs for some of the indicators: column → number (or "a/b"). */
export function parseCutoffs(
  record: Readonly<Record<string, unknown>>,
  indicators: readonly string[],
  source: string,
): Map<string, Fraction> {
  const cutoffs = new Map<string, Fraction>();
  for (const [column, value] of Object.entries(record)) {
    if (!indicators.includes(column)) {
      throw new ScoringError(
        "unknown_column",
        `cutoff for '${column}' in ${source} names no weighted indicator; ` +
          `the indicators are: ${indicators.join(", ")}`,
      );
    }

    const what = `cutoff for '${column}'`;
    if (typeof value !== "number" && typeof value !== "string") {
      throw new ScoringError(
        "not_a_number",
        `${what} is ${JSON.stringify(value)}: not a number or fraction`,
      );
    }
    cutoffs.set(column, parseFraction(value, what));
  }

  return cutoffs;
}
