import { describe, expect, it } from "vitest";
import { toString } from "./fraction";
import { parseFraction } from "./parse-fraction";
import { ScoringError } from "./scoring-error";

const parsed = (input: string | number) => toString(parseFraction(input));

describe("parseFraction", () => {
  it("reads fractions, decimals, whole numbers and exponents exactly", () => {
    expect(parsed("1/18")).toBe("1/18");
    expect(parsed(" 2 / 36 ")).toBe("1/18");
    expect(parsed("-3/6")).toBe("-1/2");
    expect(parsed("0.25")).toBe("1/4");
    expect(parsed(".5")).toBe("1/2");
    expect(parsed("1.")).toBe("1");
    expect(parsed("1")).toBe("1");
    expect(parsed("-0")).toBe("0");
    expect(parsed("2.5e-3")).toBe("1/400");
    expect(parsed("1E2")).toBe("100");
    expect(parsed("0.166666667")).toBe("166666667/1000000000");
    expect(parsed(`0.${"3".repeat(500)}`)).toBe(`${"3".repeat(500)}/1${"0".repeat(500)}`);
  });

  it("reads a JS number through its shortest decimal form, not its binary value", () => {
    expect(parsed(0.1)).toBe("1/10");
    expect(parsed(0.1 + 0.2)).toBe("7500000000000001/25000000000000000");
    expect(parsed(1e-7)).toBe("1/10000000");
    expect(parsed(-0)).toBe("0");
    expect(parsed(1 / 3)).toBe("3333333333333333/10000000000000000");
  });

  it("names the bad value and what it was meant to be", () => {
    expect(() => parseFraction("abc", "weight for 'water'")).toThrow(
      "weight for 'water' is 'abc': not a number or fraction",
    );
    expect(() => parseFraction("1/0", "k")).toThrow("k is '1/0': division by zero");
    for (const bad of ["", " ", ".", "-", "1/2/3", "1,5", "0x10", "1e", "1/-2", "1e99999"]) {
      expect(() => parseFraction(bad), bad).toThrow(ScoringError);
    }
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => parseFraction(bad)).toThrow("not a number or fraction");
    }
  });
});
