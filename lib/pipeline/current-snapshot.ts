import type { LakeClient } from "../clickhouse/client";

/** The snapshot the portal reads: the latest published one, or null before the first sync. */
export async function currentSnapshot(lake: LakeClient): Promise<string | null> {
  const result = await lake.query({
    query: "SELECT toString(max(snapshot_date)) AS day, count() AS n FROM snapshots",
    format: "JSONEachRow",
  });
  const [row] = await result.json<{ day: string; n: number | string }>();
  return row && Number(row.n) > 0 ? row.day : null;
}
