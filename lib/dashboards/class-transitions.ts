import { bucketsFor, inBucket } from "../clickhouse/bucket";
import type { LakeClient } from "../clickhouse/client";

const WORK = "work_class_transitions";
/** Families per bucket of the join, so that its hash table stays small at national scale. */
const FAMILIES_PER_BUCKET = 4_000_000;

const pair = "({snapshot_date:Date}, {previous_date:Date})";

async function familyCount(lake: LakeClient, snapshotDate: string): Promise<number> {
  const result = await lake.query({
    query: `SELECT toUInt64(count()) AS n FROM family_scores
            WHERE snapshot_date = {snapshot_date:Date}`,
    query_params: { snapshot_date: snapshotDate },
    format: "JSONEachRow",
  });
  const [row] = await result.json<{ n: string | number }>();
  return Number(row?.n ?? 0);
}

/**
 * Writes the class movement from `previousDate` to `snapshotDate` by district: every family
 * of either snapshot joined by its family id (which stays the same while the family does).
 * The join runs a bucket of family ids at a time, into a work table swapped in at the end.
 */
export async function recordTransitions(
  lake: LakeClient,
  previousDate: string,
  snapshotDate: string,
) {
  const sizes = await Promise.all([
    familyCount(lake, previousDate),
    familyCount(lake, snapshotDate),
  ]);
  const buckets = bucketsFor(Math.max(...sizes), FAMILIES_PER_BUCKET);
  const side = (date: string) => `SELECT family_id, region_code, district_kato, class, members
    FROM family_scores WHERE snapshot_date = {${date}:Date} AND ${inBucket("family_id")}`;

  await lake.command({ query: `DROP TABLE IF EXISTS ${WORK}` });
  await lake.command({ query: `CREATE TABLE ${WORK} AS class_transitions` });
  for (let bucket = 0; bucket < buckets; bucket++) {
    await lake.command({
      query: `INSERT INTO ${WORK}
        SELECT {snapshot_date:Date}, {previous_date:Date},
          if(later.family_id = '', earlier.region_code, later.region_code) AS region,
          if(later.family_id = '', earlier.district_kato, later.district_kato) AS district,
          earlier.class AS from_class, later.class AS to_class, count(),
          sum(if(later.family_id = '', earlier.members, later.members))
        FROM (${side("snapshot_date")}) AS later
        FULL OUTER JOIN (${side("previous_date")}) AS earlier ON later.family_id = earlier.family_id
        GROUP BY region, district, from_class, to_class
        SETTINGS join_use_nulls = 0`,
      query_params: {
        snapshot_date: snapshotDate,
        previous_date: previousDate,
        buckets,
        bucket,
      },
    });
  }
  await lake.command({
    query: `ALTER TABLE class_transitions REPLACE PARTITION ${pair} FROM ${WORK}`,
    query_params: { snapshot_date: snapshotDate, previous_date: previousDate },
  });
  await lake.command({ query: `DROP TABLE ${WORK}` });
}

/** Whether the movement between two snapshots has been written. */
export async function hasTransitions(lake: LakeClient, previousDate: string, snapshotDate: string) {
  const result = await lake.query({
    query: `SELECT count() > 0 AS present FROM class_transitions
            WHERE snapshot_date = {snapshot_date:Date} AND previous_date = {previous_date:Date}`,
    query_params: { snapshot_date: snapshotDate, previous_date: previousDate },
    format: "JSONEachRow",
  });
  const [row] = await result.json<{ present: boolean | number }>();
  return Boolean(Number(row?.present ?? 0));
}

/**
 * Forgets every movement into or out of a snapshot whose scores changed, but the one from
 * `keepFrom` (just written again).
 */
export async function forgetTransitions(
  lake: LakeClient,
  snapshotDate: string,
  keepFrom: string | null,
) {
  await lake.command({
    query: `ALTER TABLE class_transitions DELETE
      WHERE (snapshot_date = {d:Date} OR previous_date = {d:Date})
        AND NOT (snapshot_date = {d:Date} AND previous_date = {keep:Date})
      SETTINGS mutations_sync = 2`,
    query_params: { d: snapshotDate, keep: keepFrom ?? "1970-01-01" },
  });
}
