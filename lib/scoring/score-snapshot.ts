import type { LakeClient } from "../clickhouse/client";
import type { ConfigVersion } from "./config/store";
import { INDICATORS } from "./indicators";
import { classSql, poorSql, scoreParams, scoreUnitsSql } from "./sql/score-sql";

const WORK = "work_family_scores";

/**
 * Scores every family of a snapshot under one configuration version: its exact score in
 * units (a missing indicator counts as deprived), poor when the score reaches k, and its
 * class. Built aside and swapped in with one REPLACE PARTITION, so a re-score of the
 * published snapshot never shows a half-written partition.
 */
export async function scoreSnapshot(lake: LakeClient, snapshotDate: string, at: ConfigVersion) {
  const units = scoreUnitsSql("c", "bitOr(deprived, missing)", INDICATORS.length);
  await lake.command({ query: `DROP TABLE IF EXISTS ${WORK}` });
  await lake.command({ query: `CREATE TABLE ${WORK} AS family_scores` });
  await lake.command({
    query: `INSERT INTO ${WORK}
      SELECT snapshot_date, {version:UInt32}, family_id, region_code, district_kato, members,
        units, {c_den:UInt64}, units / {c_den:UInt64}, ${poorSql("c", "units")},
        ${classSql("c", "units")}, statuses, bitOr(deprived, missing)
      FROM (SELECT *, ${units} AS units FROM family_indicators
        WHERE snapshot_date = {snapshot_date:Date})`,
    query_params: {
      ...scoreParams("c", at.config),
      version: at.version,
      snapshot_date: snapshotDate,
    },
  });
  await lake.command({
    query: `ALTER TABLE family_scores REPLACE PARTITION {snapshot_date:Date} FROM ${WORK}`,
    query_params: { snapshot_date: snapshotDate },
  });
  await lake.command({ query: `DROP TABLE ${WORK}` });
}
