import { formatDuration } from "../run-format";
import type { RunProgress, StageProgress } from "./run-progress";

const BAR_WIDTH = 24;

export type ProgressDisplay = { show: (run: RunProgress) => void };
type Output = { isTTY?: boolean; write: (text: string) => unknown };

/** `land      [██████░░░…]  25%  running` */
export function stageLine(stage: StageProgress, nameWidth: number): string {
  const fraction = Math.min(1, Math.max(0, stage.progress));
  const filled = Math.round(fraction * BAR_WIDTH);
  const bar = `${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}`;
  const percent = `${Math.round(fraction * 100)}%`.padStart(4);
  const took = stage.durationMs === null ? "" : ` in ${formatDuration(stage.durationMs)}`;

  return `${stage.name.padEnd(nameWidth)} [${bar}] ${percent}  ${stage.status}${took}`;
}

/** On a terminal: one bar per stage, redrawn in place. */
function barDisplay(output: Output): ProgressDisplay {
  let drawn = 0;

  return {
    show(run) {
      const width = Math.max(8, ...run.stages.map((stage) => stage.name.length));
      const lines = [
        `Sync run ${run.id} · snapshot ${run.snapshotDate} · ${run.status}`,
        ...run.stages.map((stage) => stageLine(stage, width)),
      ];
      const up = drawn > 0 ? `\x1b[${drawn}A` : "";
      output.write(up + lines.map((line) => `\x1b[2K${line}\n`).join(""));
      drawn = lines.length;
    },
  };
}

/** In a log: a plain line whenever the run or one of its stages changes status. */
function lineDisplay(output: Output): ProgressDisplay {
  const seen = new Map<string, string>();
  const report = (key: string, line: string) => {
    if (seen.get(key) === line) return;
    seen.set(key, line);
    output.write(`${line}\n`);
  };

  return {
    show(run) {
      const runLine = `sync run ${run.id} (snapshot ${run.snapshotDate}): ${run.status}`;
      if (run.status === "running") report("run", runLine);
      for (const stage of run.stages) {
        const took = stage.durationMs === null ? "" : ` in ${formatDuration(stage.durationMs)}`;
        report(`stage ${stage.name}`, `stage ${stage.name}: ${stage.status}${took}`);
      }
      // The run's end comes after its last stages, which the same poll may report.
      if (run.status !== "running") report("run", runLine);
    },
  };
}

export function progressDisplay(output: Output): ProgressDisplay {
  return output.isTTY ? barDisplay(output) : lineDisplay(output);
}
