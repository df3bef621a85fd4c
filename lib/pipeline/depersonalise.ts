import { log } from "../log";
import { deliveryQuery } from "./delivery-query";
import { readLandingPlan, type LandedDelivery } from "./landing-plan";
import type { PipelineSource } from "./sources";
import type { Stage, StageContext } from "./stage";
import { boolWords } from "./sql/bool";
import { typedValue } from "./sql/values";

function lakeSelect(source: PipelineSource): string {
  const landed = source.columns.filter((c) => c.lake !== null);
  const values = landed.map((c) => `${typedValue(c, boolWords(source))} AS ${c.lake}`);
  return [
    "{snapshot_date:Date} AS snapshot_date",
    "{key_version:UInt8} AS key_version",
    "file",
    "row_number",
    ...values,
  ].join(", ");
}

async function countRows(context: StageContext, table: string, where: string, source: string) {
  const result = await context.lake.query({
    query: `SELECT toUInt64(count()) AS rows FROM ${table}
            WHERE snapshot_date = {snapshot_date:Date} ${where}`,
    query_params: { snapshot_date: context.snapshotDate, source },
    format: "JSONEachRow",
  });
  return Number((await result.json<{ rows: number }>())[0]?.rows ?? 0);
}

type Loaded = { delivery: LandedDelivery; read: number; loaded: number; quarantined: number };

async function load(context: StageContext, delivery: LandedDelivery): Promise<Loaded> {
  const { lake, env, snapshotDate } = context;
  const query = deliveryQuery(env, delivery, snapshotDate, lakeSelect, "reason = ''");
  const table = query.source.table;
  await lake.command({ query: `ALTER TABLE ${table} DROP PARTITION '${snapshotDate}'` });
  await lake.command({
    query: `INSERT INTO ${table} ${query.sql}`,
    query_params: { ...query.params, key_version: String(env.PSEUDONYM_KEY_VERSION) },
  });

  const loaded = await countRows(context, table, "", delivery.source);
  const quarantined = await countRows(
    context,
    "quarantine",
    "AND source = {source:String}",
    delivery.source,
  );
  return { delivery, read: loaded + quarantined, loaded, quarantined };
}

/** A delivery with fewer or more rows than its manifest promised is withdrawn whole. */
async function withdraw(context: StageContext, result: Loaded, table: string) {
  const { lake, snapshotDate } = context;
  await lake.command({ query: `ALTER TABLE ${table} DROP PARTITION '${snapshotDate}'` });
  await lake.command({
    query: `ALTER TABLE quarantine DELETE WHERE snapshot_date = {snapshot_date:Date}
            AND source = {source:String} SETTINGS mutations_sync = 2`,
    query_params: { snapshot_date: snapshotDate, source: result.delivery.source },
  });
}

/**
 * Depersonalise: loads every clean row into its source's lake table. IINs become keyed
 * pseudonyms inside ClickHouse as the file is read; names, phone numbers and street addresses
 * are never read into the lake at all.
 */
export const depersonalise: Stage = {
  name: "depersonalise",
  async run(context) {
    const plan = readLandingPlan(context.env.dataDir, context.runId);
    const counts: Record<string, Record<string, number>> = {};
    const failed: string[] = [];
    for (const [i, delivery] of plan.entries()) {
      const result = await load(context, delivery);
      const table = deliveryQuery(context.env, delivery, context.snapshotDate, () => "1", "1")
        .source.table;
      if (result.read !== delivery.rowsExpected) {
        await withdraw(context, result, table);
        failed.push(delivery.source);
        log.warn(
          { source: delivery.source, read: result.read, expected: delivery.rowsExpected },
          "delivery withdrawn: row count differs from its manifest",
        );
      }
      counts[delivery.source] = {
        rowsIn: result.read,
        loaded: failed.includes(delivery.source) ? 0 : result.loaded,
        quarantined: failed.includes(delivery.source) ? 0 : result.quarantined,
      };
      await context.progress((i + 1) / plan.length);
    }
    return { counts, failedSources: failed };
  },
};
