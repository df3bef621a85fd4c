import type { LakeClient } from "../clickhouse/client";
import { forgetTransitions, recordTransitions } from "./class-transitions";
import { previousScoredSnapshot } from "./scored-dates";
import { summariseSnapshot } from "./summarise-snapshot";

/**
 * Brings the dashboards' aggregates up to date with a snapshot's scores: its district summary,
 * and its class movement from the previous published snapshot. Movements computed before
 * under other scores are forgotten (they are computed again when asked for).
 */
export async function refreshDashboards(lake: LakeClient, snapshotDate: string) {
  await summariseSnapshot(lake, snapshotDate);
  const previous = await previousScoredSnapshot(lake, snapshotDate);
  if (previous) await recordTransitions(lake, previous, snapshotDate);
  await forgetTransitions(lake, snapshotDate, previous);
}
