import { commonDenominator, isPoor } from "./common-denominator";
import {
  compare,
  divide,
  isZero,
  multiply,
  ONE,
  sum,
  toString,
  ZERO,
  type Fraction,
} from "./fraction";
import { ScoringError } from "./scoring-error";
import { addRow, emptyTally, tallyMeasures, type Tally, type TallyMeasures } from "./tally";

/** 1 deprived, 0 not deprived, null missing: a missing value is never read as "not deprived". */
export type Deprivation = 0 | 1 | null;

export type AfRow = {
  /** One flag per indicator, in the order of AfInput.indicators. */
  flags: readonly Deprivation[];
  /** Population weight such as family size, > 0; 1 when absent, null when missing. */
  weight?: Fraction | null;
  /** Subgroup (region, district) for the decomposition; null when missing. */
  group?: string | null;
};

export type AfInput = {
  indicators: readonly string[];
  /** Indicator → weight; the weights sum to exactly 1 (see parseWeights). */
  weights: ReadonlyMap<string, Fraction>;
  /** Poor iff score ≥ k. */
  k: Fraction;
  rows: Iterable<AfRow>;
};

export type AfIndicator = {
  uncensored: Fraction;
  censored: Fraction;
  /** w_j × censored_j / M0; null when M0 is 0. */
  contribution: Fraction | null;
};

export type AfGroup = TallyMeasures & { share: Fraction; n: number };

export type AfResult = TallyMeasures & {
  /** Rows used. */
  n: number;
  /** Rows left out because a value they need is missing. */
  excluded: number;
  indicators: Map<string, AfIndicator>;
  /** Group → measures, in order of first appearance; empty without groups. */
  groups: Map<string, AfGroup>;
};

function checkInput(input: AfInput): Fraction[] {
  const { indicators, weights, k } = input;
  if (indicators.length === 0) throw new ScoringError("invalid_input", "no indicators given");

  const missing = indicators.filter((indicator) => !weights.has(indicator));
  const extra = [...weights.keys()].filter((indicator) => !indicators.includes(indicator));
  if (missing.length > 0 || extra.length > 0 || new Set(indicators).size !== indicators.length) {
    throw new ScoringError(
      "invalid_input",
      `indicators [${indicators.join(", ")}] and weights [${[...weights.keys()].join(", ")}] ` +
        `must name the same indicators once each`,
    );
  }

  const ordered = indicators.map((indicator) => weights.get(indicator) ?? ONE);
  if (ordered.some((weight) => weight.num < 0n) || compare(sum(ordered), ONE) !== 0) {
    throw new ScoringError(
      "invalid_input",
      `the weights must be ≥ 0 and sum to exactly 1, not ${toString(sum(ordered))}`,
    );
  }
  if (k.num <= 0n || compare(k, ONE) > 0) {
    throw new ScoringError("invalid_k", `k is ${toString(k)}: it must be above 0 and at most 1`);
  }

  return ordered;
}

function completeFlags(row: AfRow, count: number): (0 | 1)[] | null {
  if (row.flags.length !== count) {
    throw new ScoringError(
      "invalid_input",
      `a row has ${row.flags.length} deprivation flags for ${count} indicators`,
    );
  }
  if (row.weight === null || row.group === null) return null;

  return row.flags.every((flag) => flag !== null) ? (row.flags as (0 | 1)[]) : null;
}

function indicatorResults(input: AfInput, total: Tally, M0: Fraction): Map<string, AfIndicator> {
  const results = new Map<string, AfIndicator>();
  input.indicators.forEach((indicator, j) => {
    const weight = input.weights.get(indicator) ?? ONE;
    const censored = divide(total.censored[j] ?? ZERO, total.population);
    results.set(indicator, {
      uncensored: divide(total.deprived[j] ?? ZERO, total.population),
      censored,
      contribution: isZero(M0) ? null : divide(multiply(weight, censored), M0),
    });
  });

  return results;
}

/**
 * The Alkire-Foster measures H, A, M0, the indicators' headcount ratios and contributions, and
 * the decomposition by group, in exact arithmetic. Rows with a missing flag, weight or group are
 * left out and counted in `excluded`.
 */
export function computeAlkireFoster(input: AfInput): AfResult {
  const ordered = checkInput(input);
  const { denominator, units: unitsOf } = commonDenominator(input.weights);
  const units = input.indicators.map((indicator) => unitsOf.get(indicator) ?? 0n);

  const total = emptyTally(ordered.length);
  const byGroup = new Map<string, Tally>();
  let excluded = 0;
  for (const row of input.rows) {
    const flags = completeFlags(row, ordered.length);
    if (!flags) {
      excluded += 1;
      continue;
    }

    const weight = row.weight ?? ONE;
    if (weight.num <= 0n) {
      throw new ScoringError(
        "invalid_input",
        `a row weight is ${toString(weight)}: it must be > 0`,
      );
    }

    const scoreUnits = flags.reduce((acc, flag, j) => (flag ? acc + (units[j] ?? 0n) : acc), 0n);
    const score = {
      weight,
      flags,
      units: scoreUnits,
      poor: isPoor(scoreUnits, input.k, denominator),
    };
    addRow(total, score);
    if (typeof row.group === "string") {
      const tally = byGroup.get(row.group) ?? emptyTally(ordered.length);
      addRow(tally, score);
      byGroup.set(row.group, tally);
    }
  }

  if (total.rows === 0) {
    throw new ScoringError(
      "no_rows",
      `no row has a complete set of values (${excluded} rows excluded for missing values)`,
    );
  }

  const measures = tallyMeasures(total, denominator);
  const groups = new Map<string, AfGroup>();
  for (const [group, tally] of byGroup) {
    groups.set(group, {
      share: divide(tally.population, total.population),
      n: tally.rows,
      ...tallyMeasures(tally, denominator),
    });
  }

  return {
    n: total.rows,
    excluded,
    ...measures,
    indicators: indicatorResults(input, total, measures.M0),
    groups,
  };
}
