import { compare, ONE, toString, type Fraction } from "./fraction";
import { parseFraction } from "./parse-fraction";
import { ScoringError } from "./scoring-error";

/** The poverty cutoff k, as a decimal or a fraction ("0.5", "1/3"); 0 < k ≤ 1. */
export function parseK(input: string | number): Fraction {
  const k = parseFraction(input, "k");
  if (k.num <= 0n || compare(k, ONE) > 0) {
    throw new ScoringError(
      "invalid_k",
      `k is '${input}' (${toString(k)}): it must be above 0 and at most 1, ` +
        `a share of the weighted indicators such as 1/3`,
    );
  }

  return k;
}
