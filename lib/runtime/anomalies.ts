import { detectRecentAnomalies } from "../audit/anomalies/detect";
import { thresholdsOf } from "../audit/anomalies/thresholds";
import { getDb } from "../db/client";
import type { Env } from "../env";
import { log } from "../log";

/**
 * Starts the anomaly detection rounds of this process: one soon after start, then every
 * ANOMALY_INTERVAL_MINUTES, one round at a time. With 0, nothing runs here and
 * POST /api/cron/anomalies does the rounds. Returns the function that stops them.
 */
export function startAnomalyRounds(env: Env): () => void {
  const interval = env.ANOMALY_INTERVAL_MINUTES * 60_000;
  if (interval === 0) return () => undefined;

  const thresholds = thresholdsOf(env);
  let running = false;
  const round = () => {
    if (running) return;
    running = true;
    detectRecentAnomalies(getDb(), thresholds)
      .catch((error: unknown) => log.error({ err: error }, "anomaly detection round failed"))
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(round, 30_000);
  const timer = setInterval(round, interval);
  first.unref();
  timer.unref();

  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
