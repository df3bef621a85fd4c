import fs from "node:fs";
import os from "node:os";
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

/** The file and row number of every clean row that repeats an earlier one of its delivery. */
export const repeatsTable = (source: PipelineSource) => `work_${source.table}_repeats`;

export const landedColumns = (source: PipelineSource) =>
  source.columns.filter((c) => c.lake !== null);

// Repeated words (file names, reasons, codes) are held once per block: the work tables of a
// whole country take half the memory, at no cost in time.
const few = (value: string) => `toLowCardinality(${value})`;

/**
 * Every row of a delivery with its reason ('' when clean) and its values as the lake stores
 * them: one query, so a row is quarantined by exactly the rule that keeps it out of the lake.
 */
function stagingQuery(env: Env, delivery: LandedDelivery, snapshotDate: string) {
  const source = pipelineSourceOf(delivery.source);
  const table = sourceTable(env, delivery);
  const read = readDelivery(source, { files: delivery.files, ...(table ? { table } : {}) });
  const values = landedColumns(source).map((c) => {
    const value = typedValue(c, boolWords(source));
    return `${c.column.type === "code" ? few(value) : value} AS ${c.lake}`;
  });
  const head = [`${few("file")} AS file`, "row_number", "row_hash", `${few("reason")} AS reason`];
  const columns = [...head, ...values].join(", ");
  const sql =
    `SELECT ${columns} FROM (SELECT *, ${reasonSql(source)} AS reason FROM (${read.sql}))` +
    settingsClause(read.settings);
  const params = { ...read.params, snapshot_date: snapshotDate, pseudonym_key: env.PSEUDONYM_KEY };
  return { source, sql, params };
}

/**
 * The second and later copies of a row, by file and row number; the first copy is the one
 * earliest in the delivery. Rows with the same content fail the same checks, so only clean
 * rows need looking at. Grouping finds the few repeated hashes, by their lower 64 bits (a
 * third cheaper to group by; a stray match there only adds a candidate); only those rows are
 * then ordered, by the whole hash, where a window over every row sorted the whole delivery.
 */
function repeatsQuery(staged: string): string {
  const clean = `FROM ${staged} WHERE reason = ''`;
  const repeated = `SELECT toUInt64(row_hash) AS h ${clean} GROUP BY h HAVING count() > 1`;
  const copy = "row_number() OVER (PARTITION BY row_hash ORDER BY file, row_number)";
  return `SELECT file, row_number FROM (
    SELECT file, row_number, ${copy} AS copy ${clean} AND toUInt64(row_hash) IN (${repeated})
  ) WHERE copy > 1`;
}

/**
 * Where the work tables of a run live. In memory they are written and read a third faster
 * than as a MergeTree; they take about as much memory as the files they come from and more, so
 * a country whose deliveries outgrow a quarter of the machine's memory stages on disk instead,
 * unsorted. A database-served source counts for nothing here: it is small.
 */
export function workEngine(deliveries: readonly LandedDelivery[]): string {
  const files = deliveries.flatMap((delivery) => delivery.files);
  const bytes = files.reduce((sum, file) => sum + fs.statSync(file.path).size, 0);
  return bytes < os.totalmem() / 4 ? "Memory" : "MergeTree ORDER BY tuple()";
}

/**
 * Reads a delivery once into its work table (see workEngine): each row's reason, and its
 * values as the lake stores them, IINs already pseudonyms; then lists its repeated rows. The
 * raw IIN, names, phone numbers and addresses are never written anywhere, the work tables
 * included. Depersonalise reads them once and drops them.
 */
export async function stageDelivery(
  context: StageContext,
  delivery: LandedDelivery,
  engine: string,
) {
  const { lake, env, snapshotDate } = context;
  const query = stagingQuery(env, delivery, snapshotDate);
  const table = stagingTable(query.source);
  const repeats = repeatsTable(query.source);
  await dropStaging(context, query.source);
  await lake.command({
    query: `CREATE TABLE ${table} ENGINE = ${engine} AS ${query.sql}`,
    query_params: query.params,
  });
  await lake.command({
    query: `CREATE TABLE ${repeats} ENGINE = Memory AS ${repeatsQuery(table)}`,
  });

  const result = await lake.query({
    query: `SELECT toUInt64(count()) AS rows FROM ${table}`,
    format: "JSONEachRow",
  });
  const rows = Number((await result.json<{ rows: number }>())[0]?.rows ?? 0);
  return { source: query.source, table, repeats, rows };
}

export async function dropStaging(context: StageContext, source: PipelineSource) {
  for (const table of [stagingTable(source), repeatsTable(source)]) {
    await context.lake.command({ query: `DROP TABLE IF EXISTS ${table}` });
  }
}
