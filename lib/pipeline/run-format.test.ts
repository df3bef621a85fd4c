import { describe, expect, it } from "vitest";
import { formatDuration, formatUtc } from "./run-format";

describe("formatting a run", () => {
  it("writes durations in the largest units that keep them readable", () => {
    expect(formatDuration(420)).toBe("0.4 s");
    expect(formatDuration(42_400)).toBe("42 s");
    expect(formatDuration(75_000)).toBe("1 min 15 s");
    expect(formatDuration(3_720_000)).toBe("1 h 2 min");
    expect(formatDuration(null)).toBe("—");
  });

  it("writes moments in UTC to the second", () => {
    expect(formatUtc(new Date("2026-12-03T01:00:07.250Z"))).toBe("2026-12-03 01:00:07");
  });
});
