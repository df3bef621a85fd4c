import type { LakeClient } from "../clickhouse/client";
import type { Db } from "../db/client";
import type { Env } from "../env";
import { log } from "../log";
import { describeError } from "./describe-error";
import { finishRun, type FinishedRun, type RunEnding } from "./finish-run";
import { startHeartbeat } from "./heartbeat";
import { runStage } from "./run-stage";
import type { Stage } from "./stage";

export type RunDeps = { db: Db; lake: () => Promise<LakeClient>; env: Env };

export type RunExecution = {
  runId: string;
  snapshotDate: string;
  stages: Stage[];
  deps: RunDeps;
  signal: AbortSignal;
  progressGapMs: number;
};

async function openLake(deps: RunDeps): Promise<LakeClient> {
  try {
    return await deps.lake();
  } catch (error) {
    throw new Error(`The lake could not be opened: ${describeError(error)}`);
  }
}

/** Runs the stages in order; the first that fails ends the run, failed sources make it partial. */
async function runStages(execution: RunExecution): Promise<RunEnding> {
  const { deps, signal } = execution;
  const failedSources = new Set<string>();
  const failed = (error: string): RunEnding => ({
    status: "failed",
    error,
    failedSources: [...failedSources],
  });
  if (execution.stages.length === 0) return { status: "succeeded", error: null, failedSources: [] };

  const { runId, snapshotDate, progressGapMs } = execution;
  const context = {
    runId,
    snapshotDate,
    env: deps.env,
    db: deps.db,
    lake: await openLake(deps),
    signal,
  };
  for (const [position, stage] of execution.stages.entries()) {
    if (signal.aborted) {
      return failed(`Stopped before ${stage.name}: ${describeError(signal.reason)}`);
    }

    const result = await runStage({ db: deps.db, stage, position, context, progressGapMs });
    if (!result.ok) return failed(`Stage ${stage.name} failed: ${result.error}`);

    for (const source of result.failedSources) failedSources.add(source);
  }

  const status = failedSources.size > 0 ? "partial" : "succeeded";
  return { status, error: null, failedSources: [...failedSources] };
}

/**
 * Executes a recorded run to its end and records the end. Never rejects: whatever goes wrong
 * becomes the run's error, so that a run started in the background cannot crash the process.
 */
export async function executeRun(
  execution: RunExecution,
  heartbeatMs: number,
): Promise<FinishedRun> {
  const { runId, deps } = execution;
  const startedMs = Date.now();
  const takeover = new AbortController();
  const signal = AbortSignal.any([execution.signal, takeover.signal]);
  const stopHeartbeat = startHeartbeat(deps.db, runId, heartbeatMs, () =>
    takeover.abort(new Error("another trigger took this run over")),
  );

  try {
    const ending = await runStages({ ...execution, signal }).catch((error: unknown): RunEnding => ({
      status: "failed",
      error: describeError(error),
      failedSources: [],
    }));
    return await finishRun(deps.db, runId, ending, startedMs);
  } catch (error) {
    const message = describeError(error);
    log.error({ runId, error: message }, "sync run end not recorded");
    return { runId, status: "failed", error: message, failedSources: [] };
  } finally {
    stopHeartbeat();
  }
}
