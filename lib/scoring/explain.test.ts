import { describe, expect, it } from "vitest";
import type { ResolvedConfig } from "./config/resolve-config";
import type { Dimension } from "./dimensions";
import { explainScore, moveUp, type WeighedIndicator } from "./explain";
import { compare, fraction, subtract, sum, toString, ZERO, type Fraction } from "./fraction";

const config: Pick<ResolvedConfig, "bands"> = {
  bands: { B: fraction(1, 20), C: fraction(1, 8), D: fraction(3, 10), E: fraction(2, 5) },
};

function indicator(
  id: string,
  weight: Fraction,
  options: { counted?: boolean; applies?: boolean; dimension?: Dimension } = {},
): WeighedIndicator {
  return {
    id,
    dimension: options.dimension ?? "income",
    description: `description of ${id}`,
    weight,
    counted: options.counted ?? true,
    applies: options.applies ?? true,
  };
}

const scoreOf = (indicators: WeighedIndicator[]) => sum(indicators.map((i) => i.weight));

/** Every subset of `items` with exactly `size` elements. */
function subsets<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];

  const [head, ...rest] = items as [T, ...T[]];
  return [...subsets(rest, size - 1).map((s) => [head, ...s]), ...subsets(rest, size)];
}

describe("moveUp", () => {
  it("has nowhere to move a family of class A", () => {
    const counted = [indicator("a", fraction(1, 40))];

    expect(moveUp(scoreOf(counted), "A", counted, config)).toEqual({ kind: "top" });
  });

  describe("for a family of class C", () => {
    // 9/40 lies in [1/8, 3/10): the score must fall below 1/8 = 5/40.
    const counted = [
      indicator("d", fraction(1, 40)),
      indicator("c", fraction(1, 20)),
      indicator("a", fraction(1, 10)),
      indicator("b", fraction(1, 20)),
    ];
    const score = scoreOf(counted);
    const result = moveUp(score, "C", counted, config);
    const removed = result.kind === "possible" ? result.remove : [];

    it("removes the heaviest deprivations first, ties by id, and moves the family to B", () => {
      expect(toString(score)).toBe("9/40");
      expect(result.kind === "possible" && result.to).toBe("B");
      expect(removed.map((i) => i.id)).toEqual(["a", "b"]);
    });

    it("brings the score strictly below band C, which one fewer removal does not", () => {
      const after = subtract(score, scoreOf(removed));
      const oneFewer = subtract(score, scoreOf(removed.slice(0, -1)));

      expect(compare(after, config.bands.C)).toBe(-1);
      expect(compare(oneFewer, config.bands.C)).toBe(0);
    });

    it("returns the smallest set: no smaller set of removals moves the family up", () => {
      for (let size = 0; size < removed.length; size++) {
        for (const set of subsets(counted, size)) {
          expect(compare(subtract(score, scoreOf(set)), config.bands.C)).toBeGreaterThanOrEqual(0);
        }
      }
    });
  });

  it("moves a family of class E down to D by clearing one heavy deprivation", () => {
    const counted = [indicator("light", fraction(1, 10)), indicator("heavy", fraction(1, 3))];
    const result = moveUp(scoreOf(counted), "E", counted, config);

    expect(result.kind === "possible" && result.to).toBe("D");
    expect(result.kind === "possible" && result.remove.map((i) => i.id)).toEqual(["heavy"]);
  });

  it("says it is impossible when even removing every deprivation leaves the band reached", () => {
    const counted = [indicator("a", fraction(1, 10))];

    expect(moveUp(fraction(1, 2), "D", counted, config)).toEqual({ kind: "impossible" });
  });
});

describe("explainScore", () => {
  it("counts missing values as deprived, ignoring indicators that do not apply or weigh 0", () => {
    const indicators = [
      indicator("low_income", fraction(1, 10), { dimension: "income" }),
      // Missing values reach the explanation as counted, like deprivations.
      indicator("income_missing", fraction(1, 20), { dimension: "income" }),
      indicator("no_doctor", fraction(1, 20), { dimension: "health" }),
      indicator("crowded", fraction(1, 20), { dimension: "housing", counted: false }),
      indicator("isolated", fraction(1, 20), { dimension: "social", counted: false }),
      indicator("no_school", fraction(1, 5), { dimension: "education", applies: false }),
      indicator("unweighted", ZERO, { dimension: "health" }),
    ];
    const explanation = explainScore(indicators, "C", config);

    expect(explanation.deprivedCount).toBe(3);
    expect(explanation.weightedCount).toBe(5);
    expect(toString(explanation.score)).toBe("1/5");
    expect(explanation.mainDimensions).toEqual(["income", "health"]);
    expect(explanation.sentence).toBe(
      "Deprived in 3 of 5 weighted indicators that apply, mostly income and living " +
        "conditions and health. The weightiest not met: “description of low_income”; " +
        "“description of income_missing”; “description of no_doctor”.",
    );
  });

  it("says a family with nothing counted is not deprived in any weighted indicator", () => {
    const indicators = [
      indicator("a", fraction(1, 2), { counted: false }),
      indicator("b", fraction(1, 2), { counted: false }),
      indicator("c", fraction(1, 2), { applies: false }),
    ];
    const explanation = explainScore(indicators, "A", config);

    expect(explanation.sentence).toBe(
      "Not deprived in any of the 2 weighted indicators that apply.",
    );
    expect(explanation.deprivedCount).toBe(0);
    expect(toString(explanation.score)).toBe("0");
    expect(explanation.moveUp).toEqual({ kind: "top" });
  });

  it("tells a class C family what to clear to reach B", () => {
    const indicators = [
      indicator("a", fraction(1, 10)),
      indicator("b", fraction(1, 20)),
      indicator("c", fraction(1, 40)),
    ];
    const { moveUp: move } = explainScore(indicators, "C", config);

    expect(move.kind === "possible" && move.remove.map((i) => i.id)).toEqual(["a"]);
  });
});
