import type { LakeClient } from "../clickhouse/client";
import { CLASSES, type WellBeingClass } from "./config/classes";
import type { ResolvedConfig } from "./config/resolve-config";
import { toNumber } from "./fraction";
import { INDICATORS } from "./indicators";
import { exactMeasures, type HeadcountSums } from "./measures";
import { classSql, poorSql, scoreParams, scoreUnitsSql } from "./sql/score-sql";

/** H, A and M0 of a population, families- and persons-weighted, as plain ratios. */
export type Measures = {
  families: number;
  persons: number;
  H: number;
  A: number | null;
  M0: number;
  personsH: number;
  personsA: number | null;
  personsM0: number;
  classes: Record<WellBeingClass, number>;
};

export type Comparison = { active: Measures; draft: Measures; movedUp: number; movedDown: number };

export type Simulation = { national: Comparison; regions: Record<string, Comparison> };

type Cell = {
  region_code: string;
  class_a: WellBeingClass;
  class_d: WellBeingClass;
  poor_a: number;
  poor_d: number;
  families: string;
  persons: string;
  /** Sums over the poor only, as text: they outgrow 2^53 at national scale. */
  poor_units_a: string;
  poor_units_d: string;
  poor_person_units_a: string;
  poor_person_units_d: string;
};

type Sums = HeadcountSums & { classes: Record<WellBeingClass, number> };

const emptySums = (): Sums => ({
  families: 0n,
  persons: 0n,
  poor: 0n,
  poorPersons: 0n,
  units: 0n,
  personUnits: 0n,
  classes: { A: 0, B: 0, C: 0, D: 0, E: 0 },
});

function measuresOf(s: Sums, denominator: bigint): Measures {
  const m = exactMeasures(s, denominator);
  return {
    families: Number(s.families),
    persons: Number(s.persons),
    H: toNumber(m.H),
    A: m.A && toNumber(m.A),
    M0: toNumber(m.M0),
    personsH: toNumber(m.personsH),
    personsA: m.personsA && toNumber(m.personsA),
    personsM0: toNumber(m.personsM0),
    classes: s.classes,
  };
}

type Totals = { active: Sums; draft: Sums; up: number; down: number };

function add(totals: Totals, cell: Cell) {
  const families = BigInt(cell.families);
  const persons = BigInt(cell.persons);
  const sides = [
    [totals.active, cell.poor_a, cell.poor_units_a, cell.poor_person_units_a, cell.class_a],
    [totals.draft, cell.poor_d, cell.poor_units_d, cell.poor_person_units_d, cell.class_d],
  ] as const;
  for (const [sums, poor, units, personUnits, cls] of sides) {
    sums.families += families;
    sums.persons += persons;
    sums.classes[cls] += Number(families);
    if (!poor) continue;
    sums.poor += families;
    sums.poorPersons += persons;
    sums.units += BigInt(units);
    sums.personUnits += BigInt(personUnits);
  }
  const change = CLASSES.indexOf(cell.class_d) - CLASSES.indexOf(cell.class_a);
  if (change < 0) totals.up += Number(families);
  if (change > 0) totals.down += Number(families);
}

/**
 * A draft configuration against the active one over every family of a snapshot: one pass over
 * the deprivation masks scores each family under both, exactly, and the aggregates give H, A,
 * M0 and classes nationally and by region, and how many families would change class. Only the
 * poor's units are summed, so M0 is the mean censored score.
 */
export async function simulate(options: {
  lake: LakeClient;
  snapshotDate: string;
  active: ResolvedConfig;
  draft: ResolvedConfig;
}): Promise<Simulation> {
  const mask = "bitOr(deprived, missing)";
  const [unitsA, unitsD] = ["a", "d"].map((p) => scoreUnitsSql(p, mask, INDICATORS.length));
  const result = await options.lake.query({
    query: `SELECT region_code, class_a, class_d, poor_a, poor_d,
        toString(count()) AS families, toString(sum(members)) AS persons,
        toString(sumIf(units_a, poor_a)) AS poor_units_a,
        toString(sumIf(units_d, poor_d)) AS poor_units_d,
        toString(sumIf(units_a * members, poor_a)) AS poor_person_units_a,
        toString(sumIf(units_d * members, poor_d)) AS poor_person_units_d
      FROM (
        SELECT region_code, members, ${unitsA} AS units_a, ${unitsD} AS units_d,
          ${poorSql("a", "units_a")} AS poor_a, ${poorSql("d", "units_d")} AS poor_d,
          ${classSql("a", "units_a")} AS class_a, ${classSql("d", "units_d")} AS class_d
        FROM family_indicators WHERE snapshot_date = {snapshot_date:Date})
      GROUP BY region_code, class_a, class_d, poor_a, poor_d`,
    query_params: {
      ...scoreParams("a", options.active),
      ...scoreParams("d", options.draft),
      snapshot_date: options.snapshotDate,
    },
    format: "JSONEachRow",
  });
  const cells = await result.json<Cell>();

  const fresh = (): Totals => ({ active: emptySums(), draft: emptySums(), up: 0, down: 0 });
  const national = fresh();
  const regions = new Map<string, Totals>();
  for (const cell of cells) {
    add(national, cell);
    const region = regions.get(cell.region_code) ?? fresh();
    add(region, cell);
    regions.set(cell.region_code, region);
  }
  const compare = (t: Totals): Comparison => ({
    active: measuresOf(t.active, options.active.denominator),
    draft: measuresOf(t.draft, options.draft.denominator),
    movedUp: t.up,
    movedDown: t.down,
  });

  return {
    national: compare(national),
    regions: Object.fromEntries([...regions].map(([code, t]) => [code, compare(t)])),
  };
}
