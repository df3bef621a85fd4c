import type { LakeClient } from "../clickhouse/client";
import { refreshDashboards } from "../dashboards/refresh-dashboards";
import type { Stage } from "./stage";

async function count(lake: LakeClient, table: string, snapshotDate: string): Promise<number> {
  const result = await lake.query({
    query: `SELECT toUInt32(count()) AS n FROM ${table} WHERE snapshot_date = {d:Date}`,
    query_params: { d: snapshotDate },
    format: "JSONEachRow",
  });
  return Number((await result.json<{ n: number }>())[0]?.n ?? 0);
}

/**
 * The dashboards' aggregates of the new scores: the district summary of the snapshot and its
 * class movement from the previous scored snapshot (lib/dashboards/refresh-dashboards.ts).
 */
export const dashboards: Stage = {
  name: "dashboards",
  async run(context) {
    const { lake, snapshotDate } = context;
    await refreshDashboards(lake, snapshotDate);
    return {
      counts: {
        summary_rows: await count(lake, "district_summary", snapshotDate),
        movement_rows: await count(lake, "class_transitions", snapshotDate),
      },
    };
  },
};
