import type { Db } from "../db/client";
import { log } from "../log";

export type RunEnding = {
  status: "succeeded" | "partial" | "failed";
  error: string | null;
  failedSources: string[];
};

export type FinishedRun = {
  runId: string;
  status: RunEnding["status"] | "abandoned";
  error: string | null;
  failedSources: string[];
};

/**
 * Records how a run ended. A stage left running fails with the run's error and the stages not
 * reached are skipped. A run another trigger has meanwhile taken over stays abandoned.
 */
export async function finishRun(
  db: Db,
  runId: string,
  ending: RunEnding,
  startedMs: number,
): Promise<FinishedRun> {
  const now = new Date();
  const recorded = await db.$transaction(async (tx) => {
    const { count } = await tx.syncRun.updateMany({
      where: { id: runId, status: "running" },
      data: { status: ending.status, finishedAt: now, error: ending.error },
    });
    if (count === 0) return false;

    await tx.syncStage.updateMany({
      where: { runId, status: "running" },
      data: { status: "failed", finishedAt: now, error: ending.error },
    });
    await tx.syncStage.updateMany({
      where: { runId, status: "pending" },
      data: { status: "skipped" },
    });
    return true;
  });

  const finished: FinishedRun = recorded
    ? { runId, ...ending }
    : { ...ending, runId, status: "abandoned", error: "Another trigger took this run over." };
  log.info(
    {
      runId,
      status: finished.status,
      ms: Date.now() - startedMs,
      failedSources: finished.failedSources,
    },
    "sync run finished",
  );

  return finished;
}
