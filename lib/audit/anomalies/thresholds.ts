import type { Env } from "../../env";

/** When a user's reading raises an alert; set by the ANOMALY_* variables (docs/audit.md). */
export type AnomalyThresholds = {
  /** Card views of the day at least this many times the user's own daily median. */
  usualFactor: number;
  /** Days before the window whose median is the user's usual. */
  baselineDays: number;
  /** Fewer card views than this in the window never raise a reading alert. */
  minReads: number;
  /** Card views of the day at least this many times the median of the role's other readers. */
  peerFactor: number;
  /** Refused reads of records outside the scope in the window. */
  outOfScopeHits: number;
};

type ThresholdSettings = Pick<
  Env,
  | "ANOMALY_USUAL_FACTOR"
  | "ANOMALY_BASELINE_DAYS"
  | "ANOMALY_MIN_READS"
  | "ANOMALY_PEER_FACTOR"
  | "ANOMALY_OUT_OF_SCOPE_HITS"
>;

export function thresholdsOf(env: ThresholdSettings): AnomalyThresholds {
  return {
    usualFactor: env.ANOMALY_USUAL_FACTOR,
    baselineDays: env.ANOMALY_BASELINE_DAYS,
    minReads: env.ANOMALY_MIN_READS,
    peerFactor: env.ANOMALY_PEER_FACTOR,
    outOfScopeHits: env.ANOMALY_OUT_OF_SCOPE_HITS,
  };
}
