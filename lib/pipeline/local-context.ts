import type { LakeClient } from "../clickhouse/client";
import { getDb, type Db } from "../db/client";
import type { Env } from "../env";
import type { StageContext } from "./stage";

/**
 * A context for running stages outside a recorded run: benchmarks and tests that time or kill
 * the stages themselves. Postgres (for the scoring configuration) is the process's own unless
 * one is given.
 */
export function localContext(options: {
  runId: string;
  snapshotDate: string;
  env: Env;
  lake: LakeClient;
  db?: Db;
}): StageContext {
  return {
    ...options,
    db: options.db ?? getDb(),
    progress: async () => {},
    signal: new AbortController().signal,
  };
}
