import type { Db } from "../db/client";
import { log } from "../log";
import { describeError } from "./describe-error";

/**
 * The `progress` callback a stage receives. Writes are spaced `minGapMs` apart, because a stage
 * may report after every batch; a failed write is logged and never fails the stage.
 */
export function progressReporter(
  db: Db,
  stage: { runId: string; position: number },
  minGapMs: number,
): (fraction: number) => Promise<void> {
  let lastWrite = 0;

  return async (fraction) => {
    if (!Number.isFinite(fraction)) return;

    const now = Date.now();
    if (now - lastWrite < minGapMs) return;
    lastWrite = now;

    try {
      await db.syncStage.updateMany({
        where: { ...stage, status: "running" },
        data: { progress: Math.min(1, Math.max(0, fraction)) },
      });
    } catch (error) {
      log.warn({ runId: stage.runId, error: describeError(error) }, "sync progress not written");
    }
  };
}
