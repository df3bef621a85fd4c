import type { Env } from "../env";
import type { LandedDelivery } from "./landing-plan";
import { sourceTable } from "./source-table";
import { PIPELINE_SOURCES, type PipelineSource } from "./sources";
import { readDelivery } from "./sql/read";
import { reasonSql } from "./sql/reasons";
import { settingsClause } from "./sql/settings";

export type DeliveryQuery = { source: PipelineSource; sql: string; params: Record<string, string> };

/**
 * A landed delivery's rows with their quarantine reason: the one query both validate and
 * depersonalise read, so a row is quarantined by exactly the rule that keeps it out of the lake.
 * `select` picks what to compute from the columns c<position>, file, row_number and reason.
 */
export function deliveryQuery(
  env: Env,
  delivery: LandedDelivery,
  snapshotDate: string,
  select: (source: PipelineSource) => string,
  where: string,
): DeliveryQuery {
  const source = PIPELINE_SOURCES.find((candidate) => candidate.id === delivery.source);
  if (!source) throw new Error(`unknown source ${delivery.source}`);

  const table = sourceTable(env, delivery);
  const read = readDelivery(source, { files: delivery.files, ...(table ? { table } : {}) });
  const sql =
    `SELECT ${select(source)} FROM (SELECT *, ${reasonSql(source)} AS reason FROM (${read.sql})) ` +
    `WHERE ${where}${settingsClause(read.settings)}`;
  const params = {
    ...read.params,
    snapshot_date: snapshotDate,
    pseudonym_key: env.PSEUDONYM_KEY,
  };
  return { source, sql, params };
}
