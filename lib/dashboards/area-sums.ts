import type { Scope } from "../auth/scope";
import type { LakeClient } from "../clickhouse/client";
import { CLASSES, type WellBeingClass } from "../scoring/config/classes";
import type { HeadcountSums } from "../scoring/measures";
import { areaCondition, childColumn, type Area } from "./area";

/** Families and persons of one class. */
export type ClassCount = { families: bigint; persons: bigint };

/** What a snapshot's district summary adds up to over a group of districts. */
export type AreaSums = HeadcountSums & {
  version: number;
  denominator: bigint;
  byClass: Record<WellBeingClass, ClassCount>;
};

/** One date's sums for an area, and for each of its children (regions or districts). */
export type DatedSums = { date: string; total: AreaSums; children: Map<string, AreaSums> };

type Row = {
  day: string;
  key: string;
  class: WellBeingClass;
  version: number;
  den: string;
  families: string;
  persons: string;
  poor: string;
  poor_persons: string;
  units: string;
  person_units: string;
};

export const emptySums = (): AreaSums => ({
  version: 0,
  denominator: 1n,
  families: 0n,
  persons: 0n,
  poor: 0n,
  poorPersons: 0n,
  units: 0n,
  personUnits: 0n,
  byClass: Object.fromEntries(
    CLASSES.map((name) => [name, { families: 0n, persons: 0n }]),
  ) as AreaSums["byClass"],
});

function addRow(sums: AreaSums, row: Row) {
  sums.version = row.version;
  sums.denominator = BigInt(row.den);
  sums.families += BigInt(row.families);
  sums.persons += BigInt(row.persons);
  sums.poor += BigInt(row.poor);
  sums.poorPersons += BigInt(row.poor_persons);
  sums.units += BigInt(row.units);
  sums.personUnits += BigInt(row.person_units);
  const count = sums.byClass[row.class];
  if (count) {
    count.families += BigInt(row.families);
    count.persons += BigInt(row.persons);
  }
}

/**
 * The district summary of an area added up for each of `dates` (all summarised snapshots up
 * to the current one when null), with the breakdown by the area's children when asked for.
 * A date without a summary is left out.
 */
export async function areaSums(
  lake: LakeClient,
  scope: Scope,
  area: Area,
  dates: string[] | null,
  byChild: boolean,
): Promise<DatedSums[]> {
  const where = areaCondition(scope, area);
  const child = byChild ? childColumn(area) : null;
  const result = await lake.query({
    query: `SELECT toString(snapshot_date) AS day, ${child ?? "''"} AS key, class,
        any(config_version) AS version, toString(any(denominator)) AS den,
        toString(sum(families)) AS families, toString(sum(persons)) AS persons,
        toString(sum(poor_families)) AS poor, toString(sum(poor_persons)) AS poor_persons,
        toString(sum(poor_units)) AS units, toString(sum(poor_person_units)) AS person_units
      FROM district_summary
      WHERE ${where.sql} AND ${dates ? "snapshot_date IN {dates:Array(Date)}" : "1"}
        AND snapshot_date <= (SELECT max(snapshot_date) FROM snapshots)
      GROUP BY day, key, class ORDER BY day`,
    query_params: { ...where.params, dates: dates ?? [] },
    format: "JSONEachRow",
  });
  const byDate = new Map<string, DatedSums>();
  for (const row of await result.json<Row>()) {
    let dated = byDate.get(row.day);
    if (!dated) {
      dated = { date: row.day, total: emptySums(), children: new Map() };
      byDate.set(row.day, dated);
    }
    addRow(dated.total, row);
    if (child) {
      const sums = dated.children.get(row.key) ?? emptySums();
      addRow(sums, row);
      dated.children.set(row.key, sums);
    }
  }
  return [...byDate.values()];
}

/** The summarised snapshots the dashboards can show, newest first. */
export async function summarisedDates(lake: LakeClient): Promise<string[]> {
  const result = await lake.query({
    query: `SELECT DISTINCT toString(snapshot_date) AS day FROM district_summary
      WHERE snapshot_date <= (SELECT max(snapshot_date) FROM snapshots) ORDER BY day DESC`,
    format: "JSONEachRow",
  });
  return (await result.json<{ day: string }>()).map((row) => row.day);
}
