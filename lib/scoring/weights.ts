import {
  compare,
  divide,
  fraction,
  ONE,
  subtract,
  sum,
  toNumber,
  toString,
  type Fraction,
} from "./fraction";
import { parseFraction } from "./parse-fraction";
import { ScoringError } from "./scoring-error";

/**
 * How far from 1 a sum of decimal weights may be and still be taken as rounding (six weights of
 * 0.166667 sum to 1.000002). Within it, each weight is divided by the sum; beyond it, an error.
 */
export const WEIGHT_SUM_TOLERANCE: Fraction = fraction(1n, 10_000n);

export type ParsedWeights = {
  /** Indicator → weight, in the order given; the weights sum to exactly 1. */
  weights: Map<string, Fraction>;
  /** The sum as written, before any normalisation. */
  sum: Fraction;
  /** True when the sum was within the tolerance of 1 but not 1, and each was divided by it. */
  normalised: boolean;
};

function describeSum(value: Fraction): string {
  return `${toNumber(value)} (${toString(value)})`;
}

/** Indicator weights from a JSON object: numbers or strings such as "1/18", each ≥ 0. */
export function parseWeights(record: Readonly<Record<string, unknown>>): ParsedWeights {
  const weights = new Map<string, Fraction>();
  for (const [indicator, value] of Object.entries(record)) {
    const what = `weight for '${indicator}'`;
    if (typeof value !== "number" && typeof value !== "string") {
      throw new ScoringError(
        "not_a_number",
        `${what} is ${JSON.stringify(value)}: not a number or fraction`,
      );
    }

    const weight = parseFraction(value, what);
    if (weight.num < 0n) {
      throw new ScoringError(
        "negative_weight",
        `${what} is '${value}': weights cannot be negative`,
      );
    }
    weights.set(indicator, weight);
  }

  if (weights.size === 0) {
    throw new ScoringError("no_weights", "no indicator weights given: the weights object is empty");
  }

  const total = sum(weights.values());
  if (compare(total, ONE) === 0) return { weights, sum: total, normalised: false };

  const gap = subtract(total, ONE);
  const distance = gap.num < 0n ? fraction(-gap.num, gap.den) : gap;
  if (compare(distance, WEIGHT_SUM_TOLERANCE) > 0) {
    throw new ScoringError(
      "weights_sum",
      `the weights sum to ${describeSum(total)}, not 1; write exact fractions such as "1/6" ` +
        `or decimals whose sum is within ${toNumber(WEIGHT_SUM_TOLERANCE)} of 1`,
    );
  }

  const normalised = new Map<string, Fraction>();
  for (const [indicator, weight] of weights) normalised.set(indicator, divide(weight, total));

  return { weights: normalised, sum: total, normalised: true };
}
