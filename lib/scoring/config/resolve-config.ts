import { compare, toString, type Fraction } from "../fraction";
import { commonDenominator } from "../common-denominator";
import { INDICATORS } from "../indicators";
import { parseFraction } from "../parse-fraction";
import { parseK } from "../poverty-cutoff";
import { ScoringError } from "../scoring-error";
import { parseWeights } from "../weights";
import { BANDED_CLASSES, type WellBeingClass } from "./classes";
import { ConfigInput } from "./config-input";

/** Scores are compared in UInt64: units ≤ denominator < 2^32, cutoff denominators < 10^9. */
const MAX_DENOMINATOR = 2n ** 32n;
const MAX_CUTOFF_DENOMINATOR = 10n ** 9n;

export type ResolvedConfig = {
  name: string;
  model: "alkire-foster";
  weights: Map<string, Fraction>;
  k: Fraction;
  bands: Record<Exclude<WellBeingClass, "A">, Fraction>;
  /** Every weight is units[slot] / denominator, exactly. */
  denominator: bigint;
  unitsBySlot: bigint[];
  note: string;
};

function checkIndicators(weights: Record<string, string>) {
  const known = new Set(INDICATORS.map((indicator) => indicator.id));
  const unknown = Object.keys(weights).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new ScoringError("unknown_indicator", `unknown indicators: ${unknown.join(", ")}`);
  }
  const missing = INDICATORS.filter((indicator) => !(indicator.id in weights));
  if (missing.length > 0) {
    const names = missing.map((indicator) => indicator.id).join(", ");
    throw new ScoringError("missing_weight", `no weight for ${names} (give 0 to leave one out)`);
  }
}

function parseBands(bands: Record<string, string>, k: Fraction) {
  const parsed = {} as ResolvedConfig["bands"];
  let previous: Fraction | null = null;
  for (const name of BANDED_CLASSES) {
    const band = parseFraction(bands[name] ?? "", `band ${name}`);
    const inRange = band.num > 0n && band.num <= band.den;
    if (!inRange || (previous && compare(band, previous) <= 0)) {
      throw new ScoringError(
        "invalid_bands",
        `band ${name} is ${toString(band)}: bands must rise from B to E, above 0 and at most 1`,
      );
    }
    if (band.den > MAX_CUTOFF_DENOMINATOR) {
      throw new ScoringError("invalid_bands", `band ${name} needs a simpler fraction`);
    }
    parsed[name] = band;
    previous = band;
  }
  if (k.den > MAX_CUTOFF_DENOMINATOR) {
    throw new ScoringError("invalid_k", "k needs a simpler fraction");
  }
  return parsed;
}

/** Checks a configuration and turns it into exact weights on a common denominator. */
export function resolveConfig(input: ConfigInput): ResolvedConfig {
  const parsed = ConfigInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") || "configuration";
    throw new ScoringError("invalid_input", `${where}: ${issue?.message ?? "invalid"}`);
  }

  const config = parsed.data;
  checkIndicators(config.weights);
  const { weights } = parseWeights(config.weights);
  const k = parseK(config.k);
  const bands = parseBands(config.bands, k);
  const { denominator, units } = commonDenominator(weights);
  if (denominator >= MAX_DENOMINATOR) {
    throw new ScoringError(
      "denominator_too_large",
      `the weights' common denominator ${denominator} is too large: use simpler fractions`,
    );
  }

  const unitsBySlot = INDICATORS.map((indicator) => units.get(indicator.id) ?? 0n);
  return { ...config, weights, k, bands, denominator, unitsBySlot };
}
