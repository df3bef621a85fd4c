import type { LakeClient } from "../clickhouse/client";
import { bucketsFor } from "../clickhouse/bucket";
import { availableSources, missingSources } from "./available-sources";
import { familyFactsSelect } from "./facts/family-facts";
import { personFactsSelect } from "./facts/person-facts";
import { SERVICES } from "./index";
import { ruleParams } from "./params";
import { ruleSql } from "./rule-sql";
import type { Service } from "./types";

const PERSONS = "work_service_persons";
const FAMILIES = "work_service_families";
const WORK = "work_eligibility";

// Persons whose facts are read in one bucket: a country's at once passes the memory of a
// 24 GB machine at 6 M families.
const PERSONS_PER_BUCKET = 4_000_000;

async function personCount(lake: LakeClient, snapshotDate: string): Promise<number> {
  const result = await lake.query({
    query: "SELECT count() AS n FROM persons WHERE snapshot_date = {snapshot_date:Date}",
    query_params: { snapshot_date: snapshotDate },
    format: "JSONEachRow",
  });
  return Number((await result.json<{ n: string }>())[0]?.n ?? 0);
}

export type ServiceCounts = { entitled: number; already_receiving: number; new: number };

export type EligibilityOutcome = {
  counts: Record<string, ServiceCounts>;
  /** Services not run, with the sources the snapshot lacks for them. */
  skipped: Record<string, string[]>;
};

/** The INSERT of one service's entitled subjects into `table`. */
function insertQuery(service: Service, table: string): string {
  const rule = ruleSql(service, { persons: PERSONS, families: FAMILIES });
  return `INSERT INTO ${table} (snapshot_date, service_id, subject_id, person_id, family_id,
    region_code, district_kato, amount, evidence, already_receives)
  SELECT {snapshot_date:Date}, {service_id:String}, ${rule.subjectId}, ${rule.recipientId},
    ${rule.familyId}, f.region_code, f.district_kato, toDecimal64(${rule.amount}, 2),
    ${rule.evidence}, ${rule.receives}
  FROM ${rule.from}
  WHERE ${rule.where}`;
}

async function counts(lake: LakeClient, snapshotDate: string) {
  const result = await lake.query({
    query: `SELECT service_id, toUInt32(count()) AS entitled,
        toUInt32(countIf(already_receives)) AS already_receiving
      FROM eligibility WHERE snapshot_date = {snapshot_date:Date} GROUP BY service_id`,
    query_params: { snapshot_date: snapshotDate },
    format: "JSONEachRow",
  });
  type Row = { service_id: string; entitled: number; already_receiving: number };
  const rows = new Map((await result.json<Row>()).map((row) => [row.service_id, row]));
  const out: Record<string, ServiceCounts> = {};
  for (const { id } of SERVICES) {
    const { entitled = 0, already_receiving = 0 } = rows.get(id) ?? {};
    out[id] = { entitled, already_receiving, new: entitled - already_receiving };
  }

  return out;
}

async function dropWork(lake: LakeClient) {
  for (const table of [WORK, FAMILIES, PERSONS]) {
    await lake.command({ query: `DROP TABLE IF EXISTS ${table}` });
  }
}

/**
 * Everyone entitled to every service in one snapshot, written to the eligibility table. The
 * facts are built once into work tables, every rule runs over them, and the result replaces
 * the snapshot's partition in one step, so a rerun leaves the same rows and no duplicates.
 */
export async function computeEligibility(
  lake: LakeClient,
  snapshotDate: string,
  progress: (fraction: number) => Promise<void> = async () => {},
  personsPerBucket = PERSONS_PER_BUCKET,
): Promise<EligibilityOutcome> {
  const params = { snapshot_date: snapshotDate };
  const available = await availableSources(lake, snapshotDate);
  await dropWork(lake);
  // The persons' facts a bucket of persons at a time, kept on disk beyond one bucket.
  const buckets = bucketsFor(await personCount(lake, snapshotDate), personsPerBucket);
  const engine = buckets > 1 ? "MergeTree ORDER BY family_id" : "Memory";
  for (let bucket = 0; bucket < buckets; bucket++) {
    const into =
      bucket === 0 ? `CREATE TABLE ${PERSONS} ENGINE = ${engine} AS` : `INSERT INTO ${PERSONS}`;
    await lake.command({
      query: `${into} ${personFactsSelect()}`,
      query_params: { ...params, buckets, bucket },
    });
  }
  await lake.command({
    query: `CREATE TABLE ${FAMILIES} ENGINE = ${engine} AS ${familyFactsSelect(PERSONS)}`,
    query_params: params,
  });
  await lake.command({ query: `CREATE TABLE ${WORK} AS eligibility` });
  await progress(0.2);

  const skipped: Record<string, string[]> = {};
  for (const [i, service] of SERVICES.entries()) {
    const missing = missingSources(service, available);
    if (missing.length > 0) {
      skipped[service.id] = missing;
    } else {
      await lake.command({
        query: insertQuery(service, WORK),
        query_params: ruleParams(service, snapshotDate),
      });
    }
    await progress(0.2 + (0.7 * (i + 1)) / SERVICES.length);
  }

  await lake.command({
    query: `ALTER TABLE eligibility REPLACE PARTITION {snapshot_date:Date} FROM ${WORK}`,
    query_params: params,
  });
  await dropWork(lake);

  return { counts: await counts(lake, snapshotDate), skipped };
}
