import { describe, expect, it } from "vitest";
import { snapshotDateSchema, todayUtc } from "./snapshot-date";

const messageOf = (value: unknown) => snapshotDateSchema.safeParse(value).error?.issues[0]?.message;

describe("a snapshot date", () => {
  it("is a calendar day written YYYY-MM-DD", () => {
    expect(snapshotDateSchema.parse("2024-02-29")).toBe("2024-02-29");
    expect(messageOf("2023-02-29")).toBe("The snapshot date is not a day of the calendar.");
    expect(messageOf("29.02.2024")).toBe("The snapshot date must be written as YYYY-MM-DD.");
  });

  it("may be at most a day ahead of UTC", () => {
    const tomorrow = todayUtc(new Date(Date.now() + 24 * 60 * 60 * 1000));
    const later = todayUtc(new Date(Date.now() + 3 * 24 * 60 * 60 * 1000));

    expect(snapshotDateSchema.safeParse(tomorrow).success).toBe(true);
    expect(messageOf(later)).toBe("The snapshot date cannot be in the future.");
  });

  it("defaults to today in UTC", () => {
    expect(todayUtc(new Date("2026-03-01T23:30:00+05:00"))).toBe("2026-03-01");
    expect(todayUtc(new Date("2026-03-02T03:30:00+05:00"))).toBe("2026-03-01");
  });
});
