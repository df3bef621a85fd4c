import { describe, expect, it } from "vitest";
import { fraction, toString } from "./fraction";
import { ScoringError } from "./scoring-error";
import { parseWeights } from "./weights";

function weightsOf(record: Record<string, unknown>): Record<string, string> {
  const { weights } = parseWeights(record);
  return Object.fromEntries([...weights].map(([name, weight]) => [name, toString(weight)]));
}

function errorOf(record: Record<string, unknown>): ScoringError {
  try {
    parseWeights(record);
  } catch (error) {
    if (error instanceof ScoringError) return error;
  }
  throw new Error("parseWeights accepted the weights");
}

describe("parseWeights", () => {
  it("takes fractions and numbers whose exact sum is 1 as they are", () => {
    const global = { nutrition: "1/6", mortality: "1/6", schooling: "1/3", water: "1/6" };
    const eighteenths = Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [`living_${i}`, "1/18"]),
    );
    const parsed = parseWeights({ ...global, ...eighteenths, mortality: "0" });

    expect(parsed.normalised).toBe(false);
    expect(toString(parsed.sum)).toBe("1");
    expect(weightsOf({ a: 0.1, b: 0.2, c: 0.7 })).toEqual({ a: "1/10", b: "1/5", c: "7/10" });
  });

  it("passes 1/18 ×6 + 1/6 ×4, whose sum in doubles is 0.9999999999999999", () => {
    const weights = [...Array<number>(6).fill(1 / 18), 1 / 6, 1 / 6, 1 / 6, 1 / 6];
    expect(weights.reduce((total, weight) => total + weight, 0)).toBeLessThan(1);

    const record = Object.fromEntries(weights.map((_, i) => [`i${i}`, i < 6 ? "1/18" : "1/6"]));
    expect(parseWeights(record).normalised).toBe(false);
  });

  it("divides decimal weights by their sum when it is within 1e-4 of 1", () => {
    const parsed = parseWeights(
      Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`i${i}`, 0.166667])),
    );

    expect(parsed.normalised).toBe(true);
    expect(toString(parsed.sum)).toBe("500001/500000");
    for (const weight of parsed.weights.values()) expect(toString(weight)).toBe("1/6");
  });

  it("rejects a sum further from 1 than 1e-4 and names it", () => {
    const rounded = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`i${i}`, 0.1667]));
    const error = errorOf(rounded);

    expect(error.code).toBe("weights_sum");
    expect(error.message).toContain("the weights sum to 1.0002 (5001/5000), not 1");
    expect(errorOf({ a: "1/2", b: "1/3" }).message).toContain("0.8333333333333334 (5/6)");
  });

  it("rejects negative weights, values that are not numbers, and no weights at all", () => {
    expect(errorOf({ a: 1.5, b: -0.5 }).message).toBe(
      "weight for 'b' is '-0.5': weights cannot be negative",
    );
    expect(errorOf({ water: "abc", b: 1 }).message).toBe(
      "weight for 'water' is 'abc': not a number or fraction",
    );
    expect(errorOf({ water: null }).message).toBe(
      "weight for 'water' is null: not a number or fraction",
    );
    expect(errorOf({}).code).toBe("no_weights");
  });

  it("keeps a weight of -0 as zero", () => {
    expect(parseWeights({ a: "-0", b: 1 }).weights.get("a")).toEqual(fraction(0n));
  });
});
