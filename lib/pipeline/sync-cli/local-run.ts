import { getDb } from "../../db/client";
import type { Env } from "../../env";
import { bootStores } from "../../runtime/boot";
import { runById } from "../run-by-id";
import { triggerSync } from "../trigger-sync";
import { CliError } from "./cli-error";
import type { RunProgress } from "./run-progress";

type LocalRun = {
  env: Env;
  snapshotDate: string;
  onProgress: (run: RunProgress) => void;
  signal: AbortSignal;
  pollMs?: number;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs the sync in this process when no portal serves the data folder: takes its lock, starts
 * and migrates the stores as `npm start` would, runs, and stops them again.
 */
export async function runInThisProcess(run: LocalRun): Promise<RunProgress> {
  const booted = await bootStores(run.env);
  try {
    const result = await triggerSync({
      snapshotDate: run.snapshotDate,
      trigger: "cli",
      actor: null,
      address: null,
      signal: run.signal,
    });
    if (!result.started) {
      throw new CliError(`A sync run is already going (run ${result.runningRunId}). Wait for it.`);
    }

    const ended = result.finished.then(() => true);
    for (;;) {
      const progress = await runById(getDb(), result.runId);
      if (!progress) throw new CliError(`Run ${result.runId} disappeared from the database.`);

      run.onProgress(progress);
      if (progress.status !== "running") return progress;
      await Promise.race([ended, sleep(run.pollMs ?? 500)]);
    }
  } finally {
    await booted.shutdown();
  }
}
