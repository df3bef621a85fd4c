import type { LakeClient } from "../clickhouse/client";

/**
 * The published snapshots whose family scores are still kept (retention drops older ones),
 * newest first: read from the table's parts, not its millions of rows.
 */
export async function scoredDates(lake: LakeClient): Promise<string[]> {
  const result = await lake.query({
    query: `SELECT DISTINCT partition AS day FROM system.parts
      WHERE database = currentDatabase() AND table = 'family_scores' AND active
        AND toDate(partition) IN (SELECT snapshot_date FROM snapshots)
      ORDER BY day DESC`,
    format: "JSONEachRow",
  });
  return (await result.json<{ day: string }>()).map((row) => row.day);
}

/** The latest of them before `snapshotDate`, or null. */
export async function previousScoredSnapshot(lake: LakeClient, snapshotDate: string) {
  return (await scoredDates(lake)).find((day) => day < snapshotDate) ?? null;
}
