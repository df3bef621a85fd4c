import {
  CHILDREN,
  conflictInserts,
  FAMILIES,
  PARTNERS,
  PEOPLE,
  PEOPLE_LOOKUP,
  PERSONS,
  REGISTRY,
  REGISTRY_LOOKUP,
  WORK_TABLES,
} from "./integrate-sql";
import type { Stage, StageContext } from "./stage";

async function counts(context: StageContext) {
  const result = await context.lake.query({
    query: `SELECT
      (SELECT toUInt32(count()) FROM persons WHERE snapshot_date = {snapshot_date:Date}) AS persons,
      (SELECT toUInt32(countIf(district_kato = '')) FROM persons
        WHERE snapshot_date = {snapshot_date:Date}) AS without_address,
      (SELECT toUInt32(count()) FROM families
        WHERE snapshot_date = {snapshot_date:Date}) AS families`,
    query_params: { snapshot_date: context.snapshotDate },
    format: "JSONEachRow",
  });
  const [row] = await result.json<Record<string, number>>();
  const conflicts = await context.lake.query({
    query: `SELECT kind, toUInt32(count()) AS rows FROM conflicts
            WHERE snapshot_date = {snapshot_date:Date} GROUP BY kind`,
    query_params: { snapshot_date: context.snapshotDate },
    format: "JSONEachRow",
  });
  const byKind: Record<string, number> = {};
  for (const { kind, rows } of await conflicts.json<{ kind: string; rows: number }>()) {
    byKind[kind] = rows;
  }
  return { ...row, conflictsByKind: byKind };
}

/**
 * Integrate: one row per living person under the civil registry, families built by the rules
 * in docs/sync.md, and every row of another source that contradicts the registry counted by
 * kind (the registry wins). Rerunning a date replaces its partitions.
 */
export const integrate: Stage = {
  name: "integrate",
  async run(context) {
    const { lake, snapshotDate, runId } = context;
    const params = { snapshot_date: snapshotDate, run_id: runId };
    const dropWork = async () => {
      for (const name of WORK_TABLES) await lake.command({ query: `DROP TABLE IF EXISTS ${name}` });
    };
    await dropWork();
    for (const name of ["persons", "families", "conflicts"]) {
      await lake.command({ query: `ALTER TABLE ${name} DROP PARTITION '${snapshotDate}'` });
    }

    const steps = [
      REGISTRY,
      REGISTRY_LOOKUP,
      PEOPLE,
      PEOPLE_LOOKUP,
      PARTNERS,
      CHILDREN,
      PERSONS,
      FAMILIES,
      ...conflictInserts(),
    ];
    for (const [i, query] of steps.entries()) {
      await lake.command({ query, query_params: params });
      await context.progress((i + 1) / steps.length);
    }
    await dropWork();
    return { counts: await counts(context) };
  },
};
