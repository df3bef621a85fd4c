import { updateDelivery } from "./delivery-record";
import { pipelineSourceOf } from "./sources";
import { readLandingPlan } from "./landing-plan";
import type { Stage, StageContext } from "./stage";
import { parallelInsert } from "./sql/settings";
import { dropStaging, landedColumns, repeatsTable, stagingTable } from "./staging";

async function count(context: StageContext, query: string, source: string): Promise<number> {
  const result = await context.lake.query({
    query,
    query_params: { snapshot_date: context.snapshotDate, source },
    format: "JSONEachRow",
  });
  return Number((await result.json<{ rows: number }>())[0]?.rows ?? 0);
}

/**
 * Depersonalise: moves every clean row of the validated deliveries into its source's lake
 * table. Validate computed the pseudonyms as the files were read (HMAC-SHA-256 under
 * PSEUDONYM_KEY, inside ClickHouse); names, phone numbers and street addresses were never read.
 */
export const depersonalise: Stage = {
  name: "depersonalise",
  async run(context) {
    const { lake, env, snapshotDate } = context;
    const plan = readLandingPlan(env.dataDir, context.runId);
    const counts: Record<string, Record<string, number>> = {};
    for (const [i, delivery] of plan.entries()) {
      const source = pipelineSourceOf(delivery.source);
      const names = landedColumns(source).map((c) => c.lake ?? "");
      const columns = ["snapshot_date", "key_version", "file", "row_number", ...names].join(", ");
      const landed = names.join(", ");
      await lake.command({ query: `ALTER TABLE ${source.table} DROP PARTITION '${snapshotDate}'` });
      await lake.command({
        query: `INSERT INTO ${source.table} (${columns})
                SELECT {snapshot_date:Date}, {key_version:UInt8}, file, row_number, ${landed}
                FROM ${stagingTable(source)}
                WHERE reason = '' AND (file, row_number) NOT IN ${repeatsTable(source)}
                ${parallelInsert()}`,
        query_params: { snapshot_date: snapshotDate, key_version: env.PSEUDONYM_KEY_VERSION },
      });
      await dropStaging(context, source);

      const loaded = await count(
        context,
        `SELECT toUInt64(count()) AS rows FROM ${source.table}
         WHERE snapshot_date = {snapshot_date:Date}`,
        delivery.source,
      );
      const quarantined = await count(
        context,
        `SELECT toUInt64(count()) AS rows FROM quarantine
         WHERE snapshot_date = {snapshot_date:Date} AND source = {source:String}`,
        delivery.source,
      );
      counts[delivery.source] = { rowsIn: loaded + quarantined, loaded, quarantined };
      const read = loaded + quarantined;
      await updateDelivery(context, delivery, {
        status: "loaded",
        reason: "",
        read,
        loaded,
        quarantined,
      });
      await context.progress((i + 1) / plan.length);
    }
    return { counts };
  },
};
