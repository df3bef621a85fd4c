import { describe, expect, it } from "vitest";
import { commonDenominator, isPoor } from "./common-denominator";
import { fraction } from "./fraction";

describe("commonDenominator", () => {
  it("turns the global MPI weights into whole units of 1/18", () => {
    const weights = new Map([
      ["nutrition", fraction(1n, 6n)],
      ["schooling", fraction(1n, 6n)],
      ["fuel", fraction(1n, 18n)],
      ["none", fraction(0n)],
    ]);

    const { denominator, units } = commonDenominator(weights);

    expect(denominator).toBe(18n);
    expect(Object.fromEntries(units)).toEqual({ nutrition: 3n, schooling: 3n, fuel: 1n, none: 0n });
  });

  it("uses the least common denominator of unrelated weights", () => {
    const weights = new Map([
      ["a", fraction(1n, 4n)],
      ["b", fraction(1n, 6n)],
      ["c", fraction(7n, 12n)],
    ]);

    expect(commonDenominator(weights)).toEqual({
      denominator: 12n,
      units: new Map([
        ["a", 3n],
        ["b", 2n],
        ["c", 7n],
      ]),
    });
  });
});

describe("isPoor", () => {
  it("counts a score exactly at k as poor, and one unit below as not", () => {
    const third = fraction(1n, 3n);
    expect(isPoor(6n, third, 18n)).toBe(true);
    expect(isPoor(5n, third, 18n)).toBe(false);
    expect(isPoor(7n, fraction(7n, 18n), 18n)).toBe(true);
    expect(isPoor(18n, fraction(1n), 18n)).toBe(true);
    expect(isPoor(0n, fraction(1n, 100n), 18n)).toBe(false);
  });
});
