import { describe, expect, it } from "vitest";
import { progressDisplay, stageLine } from "./progress-display";
import type { RunProgress, StageProgress } from "./run-progress";

const stage = (name: string, status: StageProgress["status"], progress = 0): StageProgress => ({
  name,
  status,
  progress,
  durationMs: status === "succeeded" ? 4200 : null,
  failedSources: [],
  error: null,
});

const run = (stages: StageProgress[], status: RunProgress["status"] = "running"): RunProgress => ({
  id: "run-1",
  snapshotDate: "2026-12-01",
  status,
  error: null,
  stages,
});

function capture(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe("the command's progress display", () => {
  it("draws a bar per stage with its share done", () => {
    expect(stageLine(stage("land", "running", 0.25), 8)).toBe(
      "land     [██████░░░░░░░░░░░░░░░░░░]  25%  running",
    );
    expect(stageLine(stage("validate", "succeeded", 1), 8)).toMatch(
      /\] 100% {2}succeeded in 4.2 s$/,
    );
  });

  it("redraws the bars in place on a terminal", () => {
    const output = capture(true);
    const display = progressDisplay(output);

    display.show(run([stage("land", "running", 0.5)]));
    display.show(run([stage("land", "succeeded", 1)], "succeeded"));

    expect(output.written[0]).not.toContain("\x1b[2A");
    expect(output.written[1]?.startsWith("\x1b[2A")).toBe(true);
  });

  it("writes a plain line only when a status changes, for logs", () => {
    const output = capture(false);
    const display = progressDisplay(output);

    display.show(run([stage("land", "running", 0.1)]));
    display.show(run([stage("land", "running", 0.9)]));
    display.show(run([stage("land", "succeeded", 1)], "succeeded"));

    expect(output.written.join("")).toBe(
      [
        "sync run run-1 (snapshot 2026-12-01): running",
        "stage land: running",
        "stage land: succeeded in 4.2 s",
        "sync run run-1 (snapshot 2026-12-01): succeeded",
        "",
      ].join("\n"),
    );
  });
});
