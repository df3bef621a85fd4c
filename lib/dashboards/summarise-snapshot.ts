import type { LakeClient } from "../clickhouse/client";
import { INDICATORS } from "../scoring/indicators";

const WORK = "work_district_summary";

const bit = (slot: string) => `toUInt64(bitAnd(bitShiftRight(deprivations, ${slot}), 1))`;
const perSlot = (expression: string) =>
  `sumForEach(arrayMap(j -> ${expression}, range(${INDICATORS.length})))`;

/**
 * Writes the district summary of a scored snapshot: per district and class, the sums every
 * dashboard measure is built from. Built aside and swapped in with one REPLACE PARTITION, like
 * the scores it sums, so a dashboard never reads half of it.
 */
export async function summariseSnapshot(lake: LakeClient, snapshotDate: string) {
  await lake.command({ query: `DROP TABLE IF EXISTS ${WORK}` });
  await lake.command({ query: `CREATE TABLE ${WORK} AS district_summary` });
  await lake.command({
    query: `INSERT INTO ${WORK}
      SELECT snapshot_date, any(config_version), any(denominator), region_code, district_kato,
        class, count(), sum(members), countIf(poor), sumIf(members, poor),
        sumIf(score_units, poor), sumIf(score_units * members, poor),
        ${perSlot(bit("j"))}, ${perSlot(`${bit("j")} * members`)},
        ${perSlot(`${bit("j")} * poor`)}, ${perSlot(`${bit("j")} * poor * members`)},
        {indicators:Array(String)}
      FROM family_scores WHERE snapshot_date = {snapshot_date:Date}
      GROUP BY snapshot_date, region_code, district_kato, class`,
    query_params: { snapshot_date: snapshotDate, indicators: INDICATORS.map((i) => i.id) },
  });
  await lake.command({
    query: `ALTER TABLE district_summary REPLACE PARTITION {snapshot_date:Date} FROM ${WORK}`,
    query_params: { snapshot_date: snapshotDate },
  });
  await lake.command({ query: `DROP TABLE ${WORK}` });
}
