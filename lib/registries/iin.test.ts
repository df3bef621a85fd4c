import { describe, expect, it } from "vitest";
import { toDay } from "./calendar";
import { buildIin, corruptCheckDigit, iinMatches, isValidIin, MAX_IIN_RANK } from "./iin";
import { IinAllocator } from "./iin-allocator";

describe("IIN", () => {
  it("builds valid IINs that encode birth date, century and sex for every rank", () => {
    for (const [year, sex, digit] of [
      [1899, 0, "1"],
      [1950, 1, "4"],
      [2003, 0, "5"],
      [2026, 1, "6"],
    ] as const) {
      const day = toDay(year, 7, 14);
      for (let rank = 0; rank <= MAX_IIN_RANK; rank += 37) {
        const iin = buildIin(day, sex, rank);
        expect(isValidIin(iin)).toBe(true);
        expect(iinMatches(iin, day, sex)).toBe(true);
        expect(iin[6]).toBe(digit);
        expect(iin.slice(0, 6)).toBe(`${String(year % 100).padStart(2, "0")}0714`);
      }
    }
  });

  it("breaks the checksum when corrupting the check digit", () => {
    const iin = buildIin(toDay(1990, 1, 1), 0, 5);
    for (let shift = 0; shift < 20; shift++)
      expect(isValidIin(corruptCheckDigit(iin, shift))).toBe(false);
  });

  it("never hands out the same IIN twice, within a block or across blocks", () => {
    const day = toDay(2001, 5, 5);
    const seen = new Set<string>();
    for (let block = 0; block < 4; block++) {
      const allocator = new IinAllocator(block, 4);
      for (let i = 0; i < 1500; i++) seen.add(allocator.allocate(day, (i % 2) as 0 | 1).iin);
    }

    expect(seen.size).toBe(6000);
  });

  it("moves a birth to the next day when a block's serials for a date run out", () => {
    const allocator = new IinAllocator(0, 600);
    const day = toDay(2010, 3, 3);
    const days = Array.from({ length: 10 }, () => allocator.allocate(day, 0).birthDay);

    expect(days.filter((d) => d === day)).toHaveLength(8);
    expect(days.slice(8)).toEqual([day + 1, day + 1]);
  });
});
