import type { Env } from "../env";
import type { LandedDelivery } from "./landing-plan";
import { sourceTable } from "./source-table";
import { pipelineSourceOf, type PipelineSource } from "./sources";
import { boolWords } from "./sql/bool";
import { readDelivery } from "./sql/read";
import { reasonSql } from "./sql/reasons";
import { settingsClause } from "./sql/settings";
import { typedValue } from "./sql/values";
import type { StageContext } from "./stage";

/** The work table holding a delivery's checked rows between validate and depersonalise. */
export const stagingTable = (source: PipelineSource) => `work_${source.table}`;

export const landedColumns = (source: PipelineSource) =>
  source.columns.filter((c) => c.lake !== null);

/**
 * Every row of a delivery with its reason ('' when clean) and its values as the lake stores
 * them: one query, so a row is quarantined by exactly the rule that keeps it out of the lake.
 */
function stagingQuery(env: Env, delivery: LandedDelivery, snapshotDate: string) {
  const source = pipelineSourceOf(delivery.source);
  const table = sourceTable(env, delivery);
  const read = readDelivery(source, { files: delivery.files, ...(table ? { table } : {}) });
  const values = landedColumns(source).map(
    (c) => `${typedValue(c, boolWords(source))} AS ${c.lake}`,
  );
  const columns = ["file", "row_number", "reason", ...values].join(", ");
  const sql =
    `SELECT ${columns} FROM (SELECT *, ${reasonSql(source)} AS reason FROM (${read.sql}))` +
    settingsClause(read.settings);
  const params = { ...read.params, snapshot_date: snapshotDate, pseudonym_key: env.PSEUDONYM_KEY };
  return { source, sql, params };
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
  const query = stagingQuery(env, delivery, snapshotDate);
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
