import type { LakeClient } from "../clickhouse/client";
import type { Env } from "../env";
import type { StageContext } from "./stage";

/**
 * A context for running stages outside a recorded run: benchmarks and tests that time or kill
 * the stages themselves. Stages that need Postgres get none.
 */
export function localContext(options: {
  runId: string;
  snapshotDate: string;
  env: Env;
  lake: LakeClient;
}): StageContext {
  return {
    ...options,
    db: null as never,
    progress: async () => {},
    signal: new AbortController().signal,
  };
}
