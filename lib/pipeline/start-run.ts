import { getLake, type LakeClient } from "../clickhouse/client";
import { getDb, type Db } from "../db/client";
import type { SyncTrigger } from "../db/generated/client";
import { getEnv, type Env } from "../env";
import { log } from "../log";
import { createRun } from "./create-run";
import { executeRun } from "./execute-run";
import type { FinishedRun } from "./finish-run";
import { HEARTBEAT_MS, PROGRESS_WRITE_MS, STALE_AFTER_MS } from "./run-timing";
import { snapshotDateSchema } from "./snapshot-date";
import type { Stage } from "./stage";

export type StartRunOptions = {
  snapshotDate: string;
  trigger: SyncTrigger;
  userId?: string | null;
  stages: Stage[];
  /** Stops the run between stages and is passed to the running stage. */
  signal?: AbortSignal;
  db?: Db;
  lake?: () => Promise<LakeClient>;
  env?: Env;
  heartbeatMs?: number;
  /** A running run silent for longer than this is abandoned by the next trigger. */
  staleAfterMs?: number;
  progressGapMs?: number;
};

export type StartedRun = {
  runId: string;
  takenOverFrom: string | null;
  /** Settles when the run has ended and its end is recorded; never rejects. */
  finished: Promise<FinishedRun>;
};

/**
 * Records a new run and executes its stages in the background of this process; answers as soon
 * as the run is recorded. Throws RunInProgressError while a live run is going.
 */
export async function startRun(options: StartRunOptions): Promise<StartedRun> {
  const snapshotDate = snapshotDateSchema.parse(options.snapshotDate);
  const deps = {
    db: options.db ?? getDb(),
    lake: options.lake ?? getLake,
    env: options.env ?? getEnv(),
  };
  const created = await createRun(deps.db, {
    snapshotDate,
    trigger: options.trigger,
    userId: options.userId ?? null,
    stageNames: options.stages.map((stage) => stage.name),
    staleAfterMs: options.staleAfterMs ?? STALE_AFTER_MS,
  });

  if (created.abandoned) {
    const { runId, reason } = created.abandoned;
    log.warn({ runId, reason, takenOverBy: created.id }, "sync run abandoned");
  }
  log.info(
    {
      runId: created.id,
      snapshotDate,
      trigger: options.trigger,
      stages: options.stages.map((stage) => stage.name),
      takenOverFrom: created.abandoned?.runId,
    },
    "sync run started",
  );

  const execution = {
    runId: created.id,
    snapshotDate,
    stages: options.stages,
    deps,
    signal: options.signal ?? new AbortController().signal,
    progressGapMs: options.progressGapMs ?? PROGRESS_WRITE_MS,
  };
  const finished = executeRun(execution, options.heartbeatMs ?? HEARTBEAT_MS);

  return { runId: created.id, takenOverFrom: created.abandoned?.runId ?? null, finished };
}

/** The awaitable form, for the command line and tests: starts a run and waits for its end. */
export async function runAndWait(options: StartRunOptions): Promise<FinishedRun> {
  const started = await startRun(options);
  return started.finished;
}
