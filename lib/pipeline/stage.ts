import type { LakeClient } from "../clickhouse/client";
import type { Db } from "../db/client";
import type { Env } from "../env";

/** Counts a stage reports, shown on the sync runs page and kept in the run's record. */
export type StageCounts = Record<string, number | Record<string, number>>;

export type StageContext = {
  runId: string;
  /** The snapshot this run builds, as YYYY-MM-DD. */
  snapshotDate: string;
  env: Env;
  lake: LakeClient;
  db: Db;
  /** Reports progress within the stage, from 0 to 1. */
  progress: (fraction: number) => Promise<void>;
  /** Aborted when the run is cancelled or the process is stopping. */
  signal: AbortSignal;
};

export type StageOutcome = {
  counts: StageCounts;
  /**
   * Sources that failed on their own (unreadable delivery, manifest mismatch): they keep their
   * previous snapshot and the run ends "partial" instead of "succeeded".
   */
  failedSources?: string[];
};

/**
 * One step of the nightly sync (land, validate, depersonalise, integrate, then later issues'
 * scoring, eligibility and cases, and publish last). A stage that throws fails the run, and
 * nothing is published.
 */
export type Stage = {
  name: string;
  run: (context: StageContext) => Promise<StageOutcome>;
};
