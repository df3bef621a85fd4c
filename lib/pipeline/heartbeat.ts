import type { Db } from "../db/client";
import { log } from "../log";
import { describeError } from "./describe-error";

/**
 * Writes the run's heartbeat every `everyMs`. When the run is no longer recorded as running
 * (another trigger took it over), `onLost` is called so that the stages stop working for it.
 */
export function startHeartbeat(
  db: Db,
  runId: string,
  everyMs: number,
  onLost: () => void,
): () => void {
  const beat = async () => {
    try {
      const { count } = await db.syncRun.updateMany({
        where: { id: runId, status: "running" },
        data: { heartbeatAt: new Date() },
      });
      if (count === 0) onLost();
    } catch (error) {
      log.warn({ runId, error: describeError(error) }, "sync heartbeat not written");
    }
  };

  const timer = setInterval(() => void beat(), everyMs);
  timer.unref();

  return () => clearInterval(timer);
}
