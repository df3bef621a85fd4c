import { deliveryQuery } from "./delivery-query";
import { readLandingPlan } from "./landing-plan";
import type { Stage } from "./stage";

/**
 * Validate: ClickHouse reads every landed delivery and checks each row against its source's
 * schema; rows that fail go to the quarantine table with the file, the row's number and a
 * reason that names the defect and the column. Nothing is dropped without a trace.
 */
export const validate: Stage = {
  name: "validate",
  async run(context) {
    const { lake, snapshotDate, runId, env } = context;
    const plan = readLandingPlan(env.dataDir, runId);
    await lake.command({ query: `ALTER TABLE quarantine DROP PARTITION '${snapshotDate}'` });

    for (const [i, delivery] of plan.entries()) {
      const select = () =>
        "{snapshot_date:Date} AS snapshot_date, {run_id:String} AS run_id, " +
        "{source:String} AS source, file, row_number, reason";
      const query = deliveryQuery(env, delivery, snapshotDate, select, "reason != ''");
      await lake.command({
        query: `INSERT INTO quarantine ${query.sql}`,
        query_params: { ...query.params, run_id: runId, source: delivery.source },
      });
      await context.progress((i + 1) / plan.length);
    }

    const result = await lake.query({
      query: `SELECT source, reason, toUInt32(count()) AS rows FROM quarantine
              WHERE snapshot_date = {snapshot_date:Date} GROUP BY source, reason`,
      query_params: { snapshot_date: snapshotDate },
      format: "JSONEachRow",
    });
    const byReason: Record<string, number> = {};
    let total = 0;
    for (const row of await result.json<{ source: string; reason: string; rows: number }>()) {
      const kind = row.reason.split(":")[0] ?? row.reason;
      byReason[kind] = (byReason[kind] ?? 0) + row.rows;
      total += row.rows;
    }
    return { counts: { quarantined: total, quarantinedByReason: byReason } };
  },
};
