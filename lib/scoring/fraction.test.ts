import { describe, expect, it } from "vitest";
import {
  add,
  compare,
  divide,
  fraction,
  multiply,
  subtract,
  sum,
  toNumber,
  toString,
} from "./fraction";

describe("Fraction", () => {
  it("is kept reduced with a positive denominator, so equal values have equal fields", () => {
    expect(fraction(6n, -36n)).toEqual({ num: -1n, den: 6n });
    expect(fraction(0n, 7n)).toEqual({ num: 0n, den: 1n });
    expect(() => fraction(1n, 0n)).toThrow(RangeError);
  });

  it("adds, subtracts, multiplies and divides exactly", () => {
    const eighteenth = fraction(1n, 18n);
    expect(toString(add(fraction(1n, 6n), eighteenth))).toBe("2/9");
    expect(toString(sum(Array.from({ length: 18 }, () => eighteenth)))).toBe("1");
    expect(toString(subtract(fraction(1n, 3n), fraction(1n, 2n)))).toBe("-1/6");
    expect(toString(multiply(fraction(2n, 3n), fraction(9n, 4n)))).toBe("3/2");
    expect(toString(divide(fraction(1n, 3n), fraction(2n, 9n)))).toBe("3/2");
  });

  it("compares exactly where doubles cannot: 1/6 + 1/6 + 1/18 is 7/18", () => {
    expect(1 / 6 + 1 / 6 + 1 / 18).toBeLessThan(7 / 18);

    const score = sum([fraction(1n, 6n), fraction(1n, 6n), fraction(1n, 18n)]);
    expect(compare(score, fraction(7n, 18n))).toBe(0);
    expect(compare(fraction(1n, 3n), fraction(1n, 2n))).toBe(-1);
    expect(compare(fraction(-1n, 2n), fraction(-2n, 3n))).toBe(1);
  });

  it("converts to the nearest double, also when the terms are beyond 2^53", () => {
    expect(toNumber(fraction(1n, 3n))).toBe(1 / 3);
    expect(toNumber(fraction(250000001n, 250000000n))).toBe(1.000000004);
    const big = 10n ** 30n;
    expect(toNumber(fraction(big + 1n, 3n * big))).toBe(1 / 3);
    expect(toNumber(fraction(-(7n * big), 9n * big + 1n))).toBeCloseTo(-7 / 9, 15);
  });

  it("prints as a/b, or as a whole number", () => {
    expect(toString(fraction(2n, 36n))).toBe("1/18");
    expect(toString(fraction(4n, 2n))).toBe("2");
  });
});
