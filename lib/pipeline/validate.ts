import { log } from "../log";
import { updateDelivery, type DeliveryOutcome } from "./delivery-record";
import { keepPreviousSnapshot } from "./land";
import { inParallel } from "./in-parallel";
import { readLandingPlan, writeLandingPlan, type LandedDelivery } from "./landing-plan";
import type { Stage, StageContext } from "./stage";
import { dropStaging, stageDelivery, workEngine } from "./staging";

async function reasonCounts(context: StageContext) {
  const result = await context.lake.query({
    query: `SELECT reason, toUInt32(count()) AS rows FROM quarantine
            WHERE snapshot_date = {snapshot_date:Date} GROUP BY reason`,
    query_params: { snapshot_date: context.snapshotDate },
    format: "JSONEachRow",
  });
  const byReason: Record<string, number> = {};
  let total = 0;
  for (const row of await result.json<{ reason: string; rows: number }>()) {
    const kind = row.reason.split(":")[0] ?? row.reason;
    byReason[kind] = (byReason[kind] ?? 0) + row.rows;
    total += row.rows;
  }
  return { quarantined: total, quarantinedByReason: byReason };
}

// Two deliveries at a time keep both cores busy: parts of each read run on one thread.
const VALIDATE_CONCURRENCY = 2;

/**
 * Validate: ClickHouse reads every landed delivery once and checks each row against its
 * source's schema. A delivery with fewer or more rows than its manifest promised is withdrawn
 * whole; otherwise the rows that fail go to the quarantine table with the file, the row's
 * number and a reason that names the defect and the column. Nothing is dropped unrecorded.
 */
export const validate: Stage = {
  name: "validate",
  async run(context) {
    const { lake, snapshotDate, runId, env } = context;
    const plan = readLandingPlan(env.dataDir, runId);
    await lake.command({ query: `ALTER TABLE quarantine DROP PARTITION '${snapshotDate}'` });

    const kept: LandedDelivery[] = [];
    const failed: string[] = [];
    let done = 0;
    const engine = workEngine(plan);
    const check = async (delivery: LandedDelivery) => {
      const staged = await stageDelivery(context, delivery, engine);
      if (staged.rows !== delivery.rowsExpected) {
        await dropStaging(context, staged.source);
        await keepPreviousSnapshot(context, delivery.source);
        const reason = `${staged.rows} rows read, the manifest says ${delivery.rowsExpected}`;
        const outcome: DeliveryOutcome = {
          status: "rejected",
          reason,
          read: staged.rows,
          loaded: 0,
          quarantined: 0,
        };
        await updateDelivery(context, delivery, outcome);
        failed.push(delivery.source);
        const counts = {
          source: delivery.source,
          read: staged.rows,
          expected: delivery.rowsExpected,
        };
        log.warn(counts, "delivery withdrawn: its row count differs from its manifest");
      } else {
        await lake.command({
          query: `INSERT INTO quarantine SELECT {snapshot_date:Date}, {run_id:String},
                  {source:String}, file, row_number, reason FROM ${staged.table}
                  WHERE reason != ''
                  UNION ALL SELECT {snapshot_date:Date}, {run_id:String}, {source:String}, file,
                  row_number, 'duplicate_row' FROM ${staged.repeats}`,
          query_params: { snapshot_date: snapshotDate, run_id: runId, source: delivery.source },
        });
        kept.push(delivery);
      }
      await context.progress(++done / plan.length);
    };
    await inParallel(plan, VALIDATE_CONCURRENCY, check);
    kept.sort((a, b) => plan.indexOf(a) - plan.indexOf(b));

    writeLandingPlan(env.dataDir, runId, kept);
    return { counts: await reasonCounts(context), failedSources: failed };
  },
};
