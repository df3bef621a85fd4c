import type { Scope } from "../auth/scope";
import type { LakeClient } from "../clickhouse/client";
import type { Db } from "../db/client";
import { configVersion } from "../scoring/config/store";
import { toNumber } from "../scoring/fraction";
import { contributions, type GroupSums } from "../scoring/measures";
import { areaCondition, type Area } from "./area";

type Row = {
  version: number;
  families: string;
  persons: string;
  poor: string;
  poor_persons: string;
  units: string;
  person_units: string;
  uncensored: string[];
  uncensored_persons: string[];
  censored: string[];
  censored_persons: string[];
};

export type Drivers = {
  version: number;
  /** Each indicator's weight in that version. */
  weights: Record<string, number>;
  /** Weighted by persons: each family counts as many times as it has members. */
  persons: ReturnType<typeof contributions>;
  families: ReturnType<typeof contributions>;
};

const big = (values: string[]) => values.map(BigInt);

/**
 * What drives poverty in an area on a snapshot: each dimension's and indicator's contribution
 * to M0 and the censored and uncensored headcount ratios, weighted by persons and by families,
 * under the scoring version that scored the snapshot. Null when the snapshot has no summary.
 */
export async function drivers(
  lake: LakeClient,
  db: Db,
  scope: Scope,
  area: Area,
  date: string,
): Promise<Drivers | null> {
  const where = areaCondition(scope, area);
  const list = (column: string) => `arrayMap(x -> toString(x), sumForEach(${column}))`;
  const result = await lake.query({
    query: `SELECT any(config_version) AS version, toString(sum(families)) AS families,
        toString(sum(persons)) AS persons, toString(sum(poor_families)) AS poor,
        toString(sum(poor_persons)) AS poor_persons, toString(sum(poor_units)) AS units,
        toString(sum(poor_person_units)) AS person_units,
        ${list("uncensored")} AS uncensored, ${list("uncensored_persons")} AS uncensored_persons,
        ${list("censored")} AS censored, ${list("censored_persons")} AS censored_persons
      FROM district_summary WHERE snapshot_date = {date:Date} AND ${where.sql}
      HAVING count() > 0`,
    query_params: { ...where.params, date },
    format: "JSONEachRow",
  });
  const [row] = await result.json<Row>();
  const version = row && (await configVersion(db, row.version));
  if (!row || !version) return null;

  const families: GroupSums = {
    families: BigInt(row.families),
    persons: BigInt(row.persons),
    poor: BigInt(row.poor),
    poorPersons: BigInt(row.poor_persons),
    units: BigInt(row.units),
    personUnits: BigInt(row.person_units),
    uncensored: big(row.uncensored),
    censored: big(row.censored),
  };
  // The same measures with persons in place of families.
  const persons: GroupSums = {
    ...families,
    families: families.persons,
    poor: families.poorPersons,
    units: families.personUnits,
    uncensored: big(row.uncensored_persons),
    censored: big(row.censored_persons),
  };
  return {
    version: version.version,
    weights: Object.fromEntries(
      [...version.config.weights].map(([id, weight]) => [id, toNumber(weight)]),
    ),
    persons: contributions(persons, version.config),
    families: contributions(families, version.config),
  };
}
