import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCli, UsageError } from "./run/options";

const root = path.resolve(import.meta.dirname, "..", "..");

function runCli(args: string[]) {
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "generate-cli-")), "data");
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/generate.ts", ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: "utf8",
  });

  return { ...result, wrote: fs.existsSync(dataDir) };
}

describe("generate command line", () => {
  it("exits with 2, says what is wrong and writes nothing when flags are bad", () => {
    const result = runCli(["--families", "0", "--date", "2025-12-31", "--seed", "1"]);

    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--families must be at least 1");
    expect(result.stderr).toContain("2026-01-01 or later");
    expect(result.wrote).toBe(false);
  });

  it("names missing and unknown flags", () => {
    expect(runCli(["--date", "2026-02-01"]).stderr).toContain("--families is required");
    expect(
      runCli(["--families", "3", "--date", "2026-02-01", "--seed", "1", "--colour"]).status,
    ).toBe(2);
  });

  it("parses valid flags and a defects file", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "defects-")), "d.json");
    fs.writeFileSync(
      file,
      JSON.stringify({ rows: { invalid_iin: 0.05 }, force: { truncated_file: ["land"] } }),
    );
    const options = parseCli([
      "--families",
      "10",
      "--date",
      "2026-02-30".replace("30", "28"),
      "--seed",
      "4",
      "--defects",
      file,
    ]);

    expect(options.defects.rows.invalid_iin).toBe(0.05);
    expect(options.defects.rows.duplicate_row).toBe(0.003);
    expect(options.defects.force.truncated_file).toEqual(["land"]);
    expect(() => parseCli(["--families", "1", "--date", "2026-02-30", "--seed", "1"])).toThrow(
      UsageError,
    );
    fs.writeFileSync(file, JSON.stringify({ rows: { invalid_iin: 3 } }));
    expect(() =>
      parseCli(["--families", "1", "--date", "2026-02-01", "--seed", "1", "--defects", file]),
    ).toThrow(/at most 0.2/);
  });
});
