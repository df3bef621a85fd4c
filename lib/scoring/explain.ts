import { CLASSES, type WellBeingClass } from "./config/classes";
import type { ResolvedConfig } from "./config/resolve-config";
import { DIMENSION_NAMES, type Dimension } from "./dimensions";
import { add, compare, fraction, subtract, ZERO, type Fraction } from "./fraction";

/** One indicator of a family as the explanation weighs it. */
export type WeighedIndicator = {
  id: string;
  dimension: Dimension;
  description: string;
  weight: Fraction;
  /** Deprived, or missing (which counts as deprived). */
  counted: boolean;
  applies: boolean;
};

export type MoveUp =
  | { kind: "top" }
  | { kind: "possible"; to: WellBeingClass; remove: WeighedIndicator[] }
  | { kind: "impossible" };

export type Explanation = {
  score: Fraction;
  deprivedCount: number;
  weightedCount: number;
  mainDimensions: Dimension[];
  sentence: string;
  moveUp: MoveUp;
};

const byWeight = (a: WeighedIndicator, b: WeighedIndicator) =>
  compare(b.weight, a.weight) || a.id.localeCompare(b.id);

/**
 * The smallest set of deprivations whose removal moves the family up one class: the score
 * must fall below the band of its class. Removing the heaviest first needs the fewest, so the
 * greedy choice is the smallest set.
 */
export function moveUp(
  score: Fraction,
  cls: WellBeingClass,
  counted: WeighedIndicator[],
  config: Pick<ResolvedConfig, "bands">,
): MoveUp {
  if (cls === "A") return { kind: "top" };

  const band = config.bands[cls];
  const to = CLASSES[CLASSES.indexOf(cls) - 1]!;
  const remove: WeighedIndicator[] = [];
  let left = score;
  for (const indicator of [...counted].sort(byWeight)) {
    if (compare(left, band) < 0) break;
    left = subtract(left, indicator.weight);
    remove.push(indicator);
  }

  return compare(left, band) < 0 ? { kind: "possible", to, remove } : { kind: "impossible" };
}

/** Where most of the score comes from: the dimensions holding at least a quarter of it. */
function mainDimensions(score: Fraction, counted: WeighedIndicator[]): Dimension[] {
  const share = new Map<Dimension, Fraction>();
  for (const { dimension, weight } of counted) {
    share.set(dimension, add(share.get(dimension) ?? ZERO, weight));
  }
  const ranked = [...share.entries()].sort(([, a], [, b]) => compare(b, a));
  const quarter = { num: score.num, den: score.den * 4n };
  const main = ranked.filter(([, weight]) => compare(weight, quarter) >= 0).map(([d]) => d);

  return main.length > 0 ? main.slice(0, 2) : ranked.slice(0, 1).map(([d]) => d);
}

/**
 * A family's score in plain words: how many of the weighted indicators that apply to it it is
 * deprived in, which dimensions weigh most, the heaviest deprivations, and what would move it
 * up one class.
 */
export function explainScore(
  indicators: WeighedIndicator[],
  cls: WellBeingClass,
  config: Pick<ResolvedConfig, "bands">,
): Explanation {
  const weighted = indicators.filter((i) => i.applies && i.weight.num > 0n);
  const counted = weighted.filter((i) => i.counted);
  const score = counted.reduce((total, i) => add(total, i.weight), fraction(0n));
  const main = mainDimensions(score, counted);

  const heaviest = [...counted].sort(byWeight).slice(0, 3);
  const names = main.map((d) => DIMENSION_NAMES[d].en.toLowerCase()).join(" and ");
  const sentence =
    counted.length === 0
      ? `Not deprived in any of the ${weighted.length} weighted indicators that apply.`
      : `Deprived in ${counted.length} of ${weighted.length} weighted indicators that apply, ` +
        `mostly ${names}. The weightiest not met: ` +
        `${heaviest.map((i) => `“${i.description}”`).join("; ")}.`;

  return {
    score,
    deprivedCount: counted.length,
    weightedCount: weighted.length,
    mainDimensions: main,
    sentence,
    moveUp: moveUp(score, cls, counted, config),
  };
}
