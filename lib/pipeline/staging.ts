import { deliveryQuery } from "./delivery-query";
import type { LandedDelivery } from "./landing-plan";
import type { PipelineSource } from "./sources";
import { boolWords } from "./sql/bool";
import { typedValue } from "./sql/values";
import type { StageContext } from "./stage";

/** The work table holding a delivery's checked rows between validate and depersonalise. */
export const stagingTable = (source: PipelineSource) => `work_${source.table}`;

export const landedColumns = (source: PipelineSource) =>
  source.columns.filter((c) => c.lake !== null);

function stagedValues(source: PipelineSource): string {
  const values = landedColumns(source).map(
    (c) => `${typedValue(c, boolWords(source))} AS ${c.lake}`,
  );
  return ["file", "row_number", "reason", ...values].join(", ");
}

/**
 * Reads a delivery once into its work table: each row's reason, and its values as the lake
 * stores them, IINs already pseudonyms. The raw IIN, names, phone numbers and addresses are
 * never written anywhere, the work table included. The work table lives in memory (it is read
 * once, by depersonalise): written uncompressed and unsorted it costs a third less time than
 * a MergeTree, at a few GB of memory for the largest source of a whole country.
 */
export async function stageDelivery(context: StageContext, delivery: LandedDelivery) {
  const { lake, env, snapshotDate } = context;
  const query = deliveryQuery(env, delivery, snapshotDate, stagedValues, "1");
  const table = stagingTable(query.source);
  await lake.command({ query: `DROP TABLE IF EXISTS ${table}` });
  await lake.command({
    query: `CREATE TABLE ${table} ENGINE = Memory AS ${query.sql}`,
    query_params: query.params,
  });

  const result = await lake.query({
    query: `SELECT toUInt64(count()) AS rows FROM ${table}`,
    format: "JSONEachRow",
  });
  const rows = Number((await result.json<{ rows: number }>())[0]?.rows ?? 0);
  return { source: query.source, table, rows };
}
