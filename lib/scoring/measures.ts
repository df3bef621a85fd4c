import type { LakeClient } from "../clickhouse/client";
import type { ResolvedConfig } from "./config/resolve-config";
import { DIMENSIONS, type Dimension } from "./dimensions";
import { add, divide, fraction, multiply, toNumber, ZERO, type Fraction } from "./fraction";
import { INDICATORS } from "./indicators";

/** Sums over one group of families, all integers, from which every measure follows exactly. */
export type GroupSums = {
  families: bigint;
  persons: bigint;
  poor: bigint;
  poorPersons: bigint;
  /** Σ score units of the poor, and Σ units × members. */
  units: bigint;
  personUnits: bigint;
  /** Per slot: families deprived (uncensored) and poor and deprived (censored). */
  uncensored: bigint[];
  censored: bigint[];
};

export type GroupMeasures = {
  share: number;
  personsShare: number;
  H: number;
  A: number | null;
  M0: number;
  personsH: number;
  personsA: number | null;
  personsM0: number;
};

type Row = {
  region_code: string;
  district_kato: string;
  // Aliases differ from column names: ClickHouse would read an alias where a column is meant.
  n_families: string;
  n_persons: string;
  n_poor: string;
  n_poor_persons: string;
  poor_units: string;
  poor_person_units: string;
  uncensored_counts: string[];
  censored_counts: string[];
};

const bit = (slot: string) => `bitAnd(bitShiftRight(deprivations, ${slot}), 1)`;

/** Per district of a scored snapshot: the sums every measure is built from. */
export async function districtSums(lake: LakeClient, snapshotDate: string) {
  const slots = `range(${INDICATORS.length})`;
  const censored = `arrayMap(j -> toUInt64(poor AND ${bit("j")} = 1), ${slots})`;
  const result = await lake.query({
    query: `SELECT region_code, district_kato, toString(count()) AS n_families,
        toString(sum(members)) AS n_persons, toString(countIf(poor)) AS n_poor,
        toString(sumIf(members, poor)) AS n_poor_persons,
        toString(sumIf(score_units, poor)) AS poor_units,
        toString(sumIf(score_units * members, poor)) AS poor_person_units,
        arrayMap(x -> toString(x), sumForEach(arrayMap(j -> toUInt64(${bit("j")}), ${slots})))
          AS uncensored_counts,
        arrayMap(x -> toString(x), sumForEach(${censored})) AS censored_counts
      FROM family_scores WHERE snapshot_date = {snapshot_date:Date}
      GROUP BY region_code, district_kato`,
    query_params: { snapshot_date: snapshotDate },
    format: "JSONEachRow",
  });
  return (await result.json<Row>()).map((row) => ({
    region: row.region_code,
    district: row.district_kato,
    sums: {
      families: BigInt(row.n_families),
      persons: BigInt(row.n_persons),
      poor: BigInt(row.n_poor),
      poorPersons: BigInt(row.n_poor_persons),
      units: BigInt(row.poor_units),
      personUnits: BigInt(row.poor_person_units),
      uncensored: row.uncensored_counts.map(BigInt),
      censored: row.censored_counts.map(BigInt),
    },
  }));
}

export function addSums(a: GroupSums, b: GroupSums): GroupSums {
  return {
    families: a.families + b.families,
    persons: a.persons + b.persons,
    poor: a.poor + b.poor,
    poorPersons: a.poorPersons + b.poorPersons,
    units: a.units + b.units,
    personUnits: a.personUnits + b.personUnits,
    uncensored: a.uncensored.map((v, i) => v + (b.uncensored[i] ?? 0n)),
    censored: a.censored.map((v, i) => v + (b.censored[i] ?? 0n)),
  };
}

export const noSums = (): GroupSums => ({
  families: 0n,
  persons: 0n,
  poor: 0n,
  poorPersons: 0n,
  units: 0n,
  personUnits: 0n,
  uncensored: INDICATORS.map(() => 0n),
  censored: INDICATORS.map(() => 0n),
});

const ratio = (num: bigint, den: bigint): Fraction => (den === 0n ? ZERO : fraction(num, den));

/** The sums H, A and M0 need, for families and for persons. */
export type HeadcountSums = Pick<
  GroupSums,
  "families" | "persons" | "poor" | "poorPersons" | "units" | "personUnits"
>;

/** H, A and M0 exactly: M0 = Σ poor units / (n × denominator), families or persons. */
export function exactMeasures(s: HeadcountSums, denominator: bigint) {
  return {
    H: ratio(s.poor, s.families),
    A: s.poor === 0n ? null : ratio(s.units, s.poor * denominator),
    M0: ratio(s.units, s.families * denominator),
    personsH: ratio(s.poorPersons, s.persons),
    personsA: s.poorPersons === 0n ? null : ratio(s.personUnits, s.poorPersons * denominator),
    personsM0: ratio(s.personUnits, s.persons * denominator),
  };
}

export function groupMeasures(s: GroupSums, total: GroupSums, den: bigint): GroupMeasures {
  const m = exactMeasures(s, den);
  return {
    share: toNumber(ratio(s.families, total.families)),
    personsShare: toNumber(ratio(s.persons, total.persons)),
    H: toNumber(m.H),
    A: m.A && toNumber(m.A),
    M0: toNumber(m.M0),
    personsH: toNumber(m.personsH),
    personsA: m.personsA && toNumber(m.personsA),
    personsM0: toNumber(m.personsM0),
  };
}

/**
 * Each indicator's uncensored and censored headcount ratios (families) and its contribution
 * w_j × censored_j / M0, and each dimension's contribution, the sum of its indicators'.
 */
export function contributions(s: GroupSums, config: ResolvedConfig) {
  const { M0 } = exactMeasures(s, config.denominator);
  const dimensions = new Map<Dimension, Fraction>(DIMENSIONS.map((d) => [d, ZERO]));
  const indicators = INDICATORS.map((indicator) => {
    const censored = ratio(s.censored[indicator.slot] ?? 0n, s.families);
    const weight = config.weights.get(indicator.id) ?? ZERO;
    const share = M0.num === 0n ? null : divide(multiply(weight, censored), M0);
    if (share)
      dimensions.set(indicator.dimension, add(dimensions.get(indicator.dimension)!, share));
    return {
      id: indicator.id,
      dimension: indicator.dimension,
      uncensored: toNumber(ratio(s.uncensored[indicator.slot] ?? 0n, s.families)),
      censored: toNumber(censored),
      contribution: share && toNumber(share),
    };
  });

  return {
    indicators,
    dimensions: [...dimensions].map(([d, f]) => ({ dimension: d, contribution: toNumber(f) })),
  };
}
