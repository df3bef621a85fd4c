import { add, divide, fraction, isZero, multiply, ZERO, type Fraction } from "./fraction";

/** Exact running sums over the rows of one population (the whole data or one group). */
export type Tally = {
  rows: number;
  /** Σ w_i over the rows, w_i being the row weight (1 without one). */
  population: Fraction;
  /** Σ w_i over the poor. */
  poor: Fraction;
  /** Σ w_i × score_i over the poor, the score in units of 1/denominator. */
  poorScoreUnits: Fraction;
  /** Per indicator, Σ w_i over the rows deprived in it. */
  deprived: Fraction[];
  /** Per indicator, Σ w_i over the poor rows deprived in it. */
  censored: Fraction[];
};

export type RowScore = {
  weight: Fraction;
  flags: readonly (0 | 1)[];
  units: bigint;
  poor: boolean;
};

export type TallyMeasures = { H: Fraction; A: Fraction | null; M0: Fraction };

export function emptyTally(indicatorCount: number): Tally {
  return {
    rows: 0,
    population: ZERO,
    poor: ZERO,
    poorScoreUnits: ZERO,
    deprived: Array.from({ length: indicatorCount }, () => ZERO),
    censored: Array.from({ length: indicatorCount }, () => ZERO),
  };
}

export function addRow(tally: Tally, row: RowScore): void {
  tally.rows += 1;
  tally.population = add(tally.population, row.weight);
  if (row.poor) {
    tally.poor = add(tally.poor, row.weight);
    tally.poorScoreUnits = add(tally.poorScoreUnits, multiply(row.weight, fraction(row.units)));
  }

  row.flags.forEach((flag, j) => {
    if (flag === 0) return;

    tally.deprived[j] = add(tally.deprived[j] ?? ZERO, row.weight);
    if (row.poor) tally.censored[j] = add(tally.censored[j] ?? ZERO, row.weight);
  });
}

/** H, A and M0 of a tally with at least one row; A is null when nobody is poor. */
export function tallyMeasures(tally: Tally, denominator: bigint): TallyMeasures {
  const poorScore = divide(tally.poorScoreUnits, fraction(denominator));

  return {
    H: divide(tally.poor, tally.population),
    A: isZero(tally.poor) ? null : divide(poorScore, tally.poor),
    M0: divide(poorScore, tally.population),
  };
}
