import { bucketsFor } from "../clickhouse/bucket";
import { DISTRICTS } from "../geo";
import { baseValuesOf } from "../scoring/base-values";
import { memberFactsSelect } from "../scoring/facts/member-facts";
import { INDICATORS } from "../scoring/indicators";
import { familyFactsQuery } from "../scoring/sql/family-facts-sql";
import { familyIndicatorsInsert } from "../scoring/sql/family-indicators-sql";
import { STATUSES } from "../scoring/statuses";
import type { Stage, StageContext } from "./stage";

const MEMBERS = "work_member_facts";
const FACTS = "work_family_facts";
const RURAL = DISTRICTS.filter((d) => d.kind === "district").map((d) => d.kato);

// Persons (then their families) scored in one bucket: at 6 M families (about 16 M persons)
// the work tables and the joins' tables of the whole country pass the memory of a 24 GB
// machine.
const PERSONS_PER_BUCKET = 4_000_000;

async function bucketsOf(context: StageContext, personsPerBucket: number): Promise<number> {
  const result = await context.lake.query({
    query: "SELECT count() AS n FROM persons WHERE snapshot_date = {snapshot_date:Date}",
    query_params: { snapshot_date: context.snapshotDate },
    format: "JSONEachRow",
  });
  const persons = Number((await result.json<{ n: string }>())[0]?.n ?? 0);
  return bucketsFor(persons, personsPerBucket);
}

async function availableSources(context: StageContext): Promise<Set<string>> {
  const result = await context.lake.query({
    query: `SELECT source FROM source_snapshots FINAL WHERE snapshot_date = {snapshot_date:Date}`,
    query_params: { snapshot_date: context.snapshotDate },
    format: "JSONEachRow",
  });
  return new Set((await result.json<{ source: string }>()).map((row) => row.source));
}

async function writeCatalogue(context: StageContext) {
  const rows = [
    ...INDICATORS.map(({ slot, id }) => ({ kind: "indicator", slot, id })),
    ...STATUSES.map(({ id }, slot) => ({ kind: "status", slot, id })),
  ];
  await context.lake.insert({
    table: "catalogue",
    format: "JSONEachRow",
    values: rows.map((row) => ({ snapshot_date: context.snapshotDate, ...row })),
  });
}

async function counts(context: StageContext, available: Set<string>) {
  const result = await context.lake.query({
    query: `SELECT toUInt32(count()) AS families,
      toUInt32(countIf(missing != 0)) AS families_with_missing_values
      FROM family_indicators WHERE snapshot_date = {snapshot_date:Date}`,
    query_params: { snapshot_date: context.snapshotDate },
    format: "JSONEachRow",
  });
  const [row] = await result.json<Record<string, number>>();
  const unknown = INDICATORS.filter((i) => i.sources.some((s) => !available.has(s))).length;
  return { ...row, indicators: INDICATORS.length, indicators_without_source: unknown };
}

/**
 * Indicators and statuses: every family's ~90 indicator values with their deprivation flags,
 * and its statuses, from what each source says about its members and its dwelling. An
 * indicator whose source has no delivery is missing for every family. Rerunning a date
 * replaces its partitions.
 */
export const indicators: Stage = indicatorsBy(PERSONS_PER_BUCKET);

/** The indicators stage scoring at most `personsPerBucket` persons at a time. */
export function indicatorsBy(personsPerBucket: number): Stage {
  return {
    name: "indicators",
    async run(context) {
      const { lake, snapshotDate } = context;
      const params = {
        snapshot_date: snapshotDate,
        pm: baseValuesOf(snapshotDate).pm,
        rural_districts: RURAL,
      };
      const dropWork = async () => {
        for (const table of [MEMBERS, FACTS]) {
          await lake.command({ query: `DROP TABLE IF EXISTS ${table}` });
        }
      };
      await dropWork();
      for (const table of ["family_indicators", "catalogue"]) {
        await lake.command({ query: `ALTER TABLE ${table} DROP PARTITION '${snapshotDate}'` });
      }

      const available = await availableSources(context);
      const buckets = await bucketsOf(context, personsPerBucket);
      const run = (query: string, bucket: number) =>
        lake.command({ query, query_params: { ...params, buckets, bucket } });
      const done = (step: number) => context.progress(step / (2 * buckets + 1));

      // Every person's facts, a bucket of persons at a time (each source read for the
      // bucket's persons only), kept on disk when there is more than one bucket.
      const engine = buckets > 1 ? "MergeTree ORDER BY family_id" : "Memory";
      for (let bucket = 0; bucket < buckets; bucket++) {
        const into =
          bucket === 0 ? `CREATE TABLE ${MEMBERS} ENGINE = ${engine} AS` : `INSERT INTO ${MEMBERS}`;
        await run(`${into} ${memberFactsSelect()}`, bucket);
        await done(bucket + 1);
      }
      // Then each bucket of families: their facts, indicators and statuses.
      for (let bucket = 0; bucket < buckets; bucket++) {
        await run(familyFactsQuery(FACTS, MEMBERS), bucket);
        await run(familyIndicatorsInsert(FACTS, available), bucket);
        await lake.command({ query: `DROP TABLE IF EXISTS ${FACTS}` });
        await done(buckets + bucket + 1);
      }
      await dropWork();
      await writeCatalogue(context);

      return { counts: await counts(context, available) };
    },
  };
}
