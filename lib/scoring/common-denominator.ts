import { lcm, type Fraction } from "./fraction";

export type WeightUnits = {
  /** The least common denominator of the weights. */
  denominator: bigint;
  /** Indicator → w_j × denominator, a whole number. */
  units: Map<string, bigint>;
};

/**
 * The weights as whole units of 1/denominator, so that a score is an integer sum of units. The
 * portal's ClickHouse stage scores families this way, with no floating point in the test.
 */
export function commonDenominator(weights: ReadonlyMap<string, Fraction>): WeightUnits {
  let denominator = 1n;
  for (const weight of weights.values()) denominator = lcm(denominator, weight.den);

  const units = new Map<string, bigint>();
  for (const [indicator, weight] of weights) {
    units.set(indicator, (weight.num * denominator) / weight.den);
  }

  return { denominator, units };
}

/**
 * Poor iff score ≥ k, exactly: score = scoreUnits / denominator and k = num / den, so the test
 * is scoreUnits × k.den ≥ k.num × denominator (both denominators are positive).
 */
export function isPoor(scoreUnits: bigint, k: Fraction, denominator: bigint): boolean {
  return scoreUnits * k.den >= k.num * denominator;
}
