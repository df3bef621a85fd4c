import { describe, expect, it } from "vitest";
import { todayUtc } from "../snapshot-date";
import { parseSyncArgs } from "./cli-args";
import type { CliError } from "./cli-error";

describe("the sync command's flags", () => {
  it("takes a snapshot date and a portal address, defaulting to today and none", () => {
    expect(parseSyncArgs(["--date", "2026-11-30", "--url", "https://portal.example"])).toEqual({
      date: "2026-11-30",
      url: "https://portal.example",
    });
    expect(parseSyncArgs([])).toEqual({ date: todayUtc(), url: null });
  });

  it("stops with exit code 2 and says what is wrong", () => {
    const failure = (() => {
      try {
        parseSyncArgs(["--date", "30.11.2026"]);
      } catch (error) {
        return error as CliError;
      }
    })();

    expect(failure?.exitCode).toBe(2);
    expect(failure?.message).toContain("--date: The snapshot date must be written as YYYY-MM-DD.");
    expect(() => parseSyncArgs(["--url", "ftp://x"])).toThrow(/--url: must be an http/);
    expect(() => parseSyncArgs(["--when", "now"])).toThrow(/Unknown option '--when'/);
  });
});
