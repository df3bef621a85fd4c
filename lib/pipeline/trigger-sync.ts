import { recordAudit } from "../audit/record";
import type { Role } from "../auth/roles";
import { getDb, type Db } from "../db/client";
import type { SyncTrigger } from "../db/generated/client";
import type { FinishedRun } from "./finish-run";
import { RunInProgressError } from "./run-in-progress-error";
import { startRun } from "./start-run";
import { syncStages } from "./stages";

export type SyncTriggerRequest = {
  snapshotDate: string;
  trigger: SyncTrigger;
  actor: { id: string; role: Role } | null;
  address: string | null;
  signal?: AbortSignal;
};

export type SyncTriggerResult =
  | { started: true; runId: string; finished: Promise<FinishedRun> }
  | { started: false; runningRunId: string };

/**
 * Starts the nightly sync's stages for a snapshot, as the cron route, the rerun button and the
 * command line do, and audits the trigger whether or not a run could start.
 */
export async function triggerSync(
  request: SyncTriggerRequest,
  db: Db = getDb(),
): Promise<SyncTriggerResult> {
  const audit = (subject: string, outcome: "started" | "refused_running") =>
    recordAudit(db, {
      action: "sync_trigger",
      actorId: request.actor?.id ?? null,
      actorRole: request.actor?.role ?? null,
      subject,
      address: request.address,
      detail: { snapshotDate: request.snapshotDate, trigger: request.trigger, outcome },
    });

  try {
    const run = await startRun({
      snapshotDate: request.snapshotDate,
      trigger: request.trigger,
      userId: request.actor?.id ?? null,
      stages: syncStages(),
      db,
      signal: request.signal,
    });
    await audit(run.runId, "started");

    return { started: true, runId: run.runId, finished: run.finished };
  } catch (error) {
    if (!(error instanceof RunInProgressError)) throw error;

    await audit(error.runningRunId, "refused_running");
    return { started: false, runningRunId: error.runningRunId };
  }
}
