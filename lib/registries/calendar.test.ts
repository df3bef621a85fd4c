import { describe, expect, it } from "vitest";
import {
  ageOn,
  dmyDate,
  fromDay,
  isoDate,
  monthsBetween,
  monthStart,
  parseIsoDay,
  toDay,
} from "./calendar";

describe("calendar", () => {
  it("round-trips day numbers over two centuries", () => {
    for (let day = toDay(1880, 1, 1); day < toDay(2080, 1, 1); day += 13) {
      const { year, month, day: d } = fromDay(day);
      expect(toDay(year, month, d)).toBe(day);
    }
    expect(toDay(1970, 1, 1)).toBe(0);
    expect(isoDate(toDay(2024, 2, 29))).toBe("2024-02-29");
    expect(dmyDate(toDay(1905, 12, 1))).toBe("01.12.1905");
  });

  it("rejects dates that do not exist", () => {
    expect(parseIsoDay("2026-02-30")).toBeNull();
    expect(parseIsoDay("2026-13-01")).toBeNull();
    expect(parseIsoDay("26-01-01")).toBeNull();
    expect(parseIsoDay("2024-02-29")).toBe(toDay(2024, 2, 29));
  });

  it("counts age in whole years and months between dates", () => {
    expect(ageOn(toDay(2000, 3, 10), toDay(2026, 3, 9))).toBe(25);
    expect(ageOn(toDay(2000, 3, 10), toDay(2026, 3, 10))).toBe(26);
    expect(monthStart(toDay(2026, 1, 20), -2)).toBe(toDay(2025, 11, 1));
    expect(monthsBetween(toDay(2025, 11, 30), toDay(2026, 2, 1))).toBe(3);
  });
});
