import { describe, expect, it } from "vitest";
import { compare, fraction, ONE, sum, toString } from "../fraction";
import { INDICATORS } from "../indicators";
import { ScoringError } from "../scoring-error";
import type { ConfigInput } from "./config-input";
import { defaultConfig } from "./default-config";
import { resolveConfig } from "./resolve-config";

/** The default configuration with some fields replaced, possibly by values of the wrong type. */
function changed(changes: Record<string, unknown>): ConfigInput {
  return { ...defaultConfig(), ...changes };
}

function withWeights(change: (weights: ConfigInput["weights"]) => void): ConfigInput {
  const weights = { ...defaultConfig().weights };
  change(weights);
  return changed({ weights });
}

function withBands(bands: Partial<Record<"B" | "C" | "D" | "E", string>>): ConfigInput {
  return changed({ bands: { ...defaultConfig().bands, ...bands } });
}

function errorOf(input: ConfigInput): ScoringError {
  try {
    resolveConfig(input);
  } catch (error) {
    if (error instanceof ScoringError) return error;
    throw error;
  }
  throw new Error("resolveConfig accepted the configuration");
}

const first = INDICATORS[0]!;
const second = INDICATORS[1]!;

describe("resolveConfig", () => {
  it("resolves the default to weights summing to exactly 1 on one common denominator", () => {
    const config = resolveConfig(defaultConfig());

    expect(compare(sum(config.weights.values()), ONE)).toBe(0);
    expect(config.unitsBySlot).toHaveLength(INDICATORS.length);
    expect(config.unitsBySlot.reduce((total, units) => total + units, 0n)).toBe(config.denominator);
    for (const indicator of INDICATORS) {
      const weight = config.weights.get(indicator.id);
      const units = config.unitsBySlot[indicator.slot]!;
      expect(weight && compare(weight, fraction(units, config.denominator))).toBe(0);
    }
    expect(toString(config.k)).toBe("1/4");
    expect(Object.values(config.bands).map(toString)).toEqual(["1/20", "1/8", "3/10", "2/5"]);
  });

  it("rejects an unknown indicator id, naming it", () => {
    const error = errorOf(withWeights((weights) => (weights["no_such_indicator"] = "0")));

    expect(error.code).toBe("unknown_indicator");
    expect(error.message).toContain("no_such_indicator");
  });

  it("rejects a configuration without a weight for some indicator, naming it", () => {
    const error = errorOf(withWeights((weights) => delete weights[first.id]));

    expect(error.code).toBe("missing_weight");
    expect(error.message).toContain(first.id);
  });

  it("rejects weights that do not sum to 1", () => {
    const error = errorOf(withWeights((weights) => (weights[first.id] = "1/5")));

    expect(error.code).toBe("weights_sum");
  });

  it("accepts a weight of 0, leaving the indicator out, when the rest still sum to 1", () => {
    const defaults = defaultConfig().weights;
    expect([defaults[first.id], defaults[second.id]]).toEqual(["1/115", "1/115"]);
    const moved = withWeights((weights) => {
      weights[first.id] = "0";
      weights[second.id] = "2/115";
    });
    const config = resolveConfig(moved);

    expect(config.unitsBySlot[first.slot]).toBe(0n);
    expect(config.unitsBySlot[second.slot]).toBe(2n * config.unitsBySlot[2]!);
  });

  it.each(["0", "-1/4", "5/4", "1.01"])("rejects k = %s, outside (0, 1]", (k) => {
    expect(errorOf(changed({ k })).code).toBe("invalid_k");
  });

  it("accepts k = 1, the top of its range", () => {
    expect(toString(resolveConfig(changed({ k: "1" })).k)).toBe("1");
  });

  it("rejects a k whose denominator is too large to compare in the lake", () => {
    expect(errorOf(changed({ k: "1/1000000007" })).code).toBe("invalid_k");
  });

  it.each([
    ["equal neighbours", { C: "1/20" }],
    ["a falling pair", { D: "1/10" }],
    ["a zero band", { B: "0" }],
    ["a band above 1", { E: "6/5" }],
    ["a denominator too large", { B: "1/1000000007" }],
  ])("rejects bands with %s", (_, bands) => {
    expect(errorOf(withBands(bands)).code).toBe("invalid_bands");
  });

  it("accepts band E = 1, the top of the range", () => {
    expect(toString(resolveConfig(withBands({ E: "1" })).bands.E)).toBe("1");
  });

  it.each([
    ["an empty name", { name: "  " }],
    ["an unknown model", { model: "counting" }],
    ["a missing band", { bands: { B: "1/20", C: "1/8", D: "3/10" } }],
  ])("rejects %s as invalid input", (_, changes) => {
    expect(errorOf(changed(changes)).code).toBe("invalid_input");
  });
});
