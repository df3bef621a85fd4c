import { describe, expect, it } from "vitest";
import { iinCheckDigit } from "../identity/iin";
import { parseSearchTerm } from "./find-family";

/** A valid IIN: born 1 March 1990, a man of the 20th century (digit 3), serial 0042. */
const FIRST_11 = "90030130004";
const CHECK = iinCheckDigit(FIRST_11);
const IIN = `${FIRST_11}${CHECK}`;

describe("parseSearchTerm", () => {
  it("takes a 12-digit IIN whose check digit matches, ignoring spaces", () => {
    expect(CHECK).not.toBeNull();
    expect(parseSearchTerm(IIN)).toEqual({ kind: "iin", iin: IIN });
    expect(parseSearchTerm(` ${IIN.slice(0, 6)} ${IIN.slice(6)} `)).toEqual({
      kind: "iin",
      iin: IIN,
    });
  });

  it("rejects an IIN with a wrong check digit without echoing the number", () => {
    const wrong = `${FIRST_11}${((CHECK ?? 0) + 1) % 10}`;
    const result = parseSearchTerm(wrong);

    expect(result).toHaveProperty("error");
    const message = "error" in result ? result.error : "";
    expect(message).toMatch(/not a valid IIN/);
    expect(message).not.toContain(FIRST_11.slice(0, 6));
    expect(message).not.toContain(wrong);
  });

  it("takes a 24-character hexadecimal family id, in either case", () => {
    const familyId = "0123456789abcdef01234567";

    expect(parseSearchTerm(familyId)).toEqual({ kind: "family", familyId });
    expect(parseSearchTerm(familyId.toUpperCase())).toEqual({ kind: "family", familyId });
  });

  it.each([
    ["text", "Ivanov"],
    ["11 digits", FIRST_11],
    ["13 digits", `${IIN}0`],
    ["23 hex characters", "0123456789abcdef0123456"],
    ["a non-hex family id", "0123456789abcdef0123456g"],
    ["nothing", "   "],
  ])("rejects %s, asking for an IIN or a family id", (_, text) => {
    expect(parseSearchTerm(text)).toEqual({
      error: "Enter a 12-digit IIN or a 24-character family id.",
    });
  });
});
