import { DIMENSIONS } from "../dimensions";
import { INDICATORS } from "../indicators";
import type { ConfigInput } from "./config-input";

/**
 * The default scoring configuration. The official weights of Order No. 267 are not public, so
 * this follows the method's published design instead: the five dimensions weigh the same
 * (1/5 each), and each dimension's weight is split equally among its indicators, as in the
 * global MPI. A family is poor when deprived in a quarter of the weighted indicators (k = 1/4;
 * the global MPI's 1/3 finds almost nobody with ~90 narrow indicators). The bands make crisis
 * and emergency rare and "unsatisfactory" the broad band of families with signs of need, as
 * the government's figures describe them: see docs/scoring.md.
 */
export function defaultConfig(): ConfigInput {
  const weights: Record<string, string> = {};
  for (const dimension of DIMENSIONS) {
    const members = INDICATORS.filter((indicator) => indicator.dimension === dimension);
    for (const indicator of members) weights[indicator.id] = `1/${5 * members.length}`;
  }

  return {
    name: "Default: equal dimensions, equal indicators",
    model: "alkire-foster",
    weights,
    k: "1/4",
    bands: { B: "1/20", C: "1/8", D: "3/10", E: "2/5" },
    note: "Documented default; the official weights are not public.",
  };
}
