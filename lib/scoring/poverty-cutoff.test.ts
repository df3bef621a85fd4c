import { describe, expect, it } from "vitest";
import { toString } from "./fraction";
import { parseK } from "./poverty-cutoff";

describe("parseK", () => {
  it("reads k as a decimal or a fraction", () => {
    expect(toString(parseK("1/3"))).toBe("1/3");
    expect(toString(parseK("0.5"))).toBe("1/2");
    expect(toString(parseK(1))).toBe("1");
  });

  it("rejects k outside (0, 1] and text that is no number", () => {
    expect(() => parseK("0")).toThrow("k is '0' (0): it must be above 0 and at most 1");
    expect(() => parseK("-1/3")).toThrow("it must be above 0 and at most 1");
    expect(() => parseK("4/3")).toThrow("k is '4/3' (4/3)");
    expect(() => parseK("third")).toThrow("k is 'third': not a number or fraction");
  });
});
