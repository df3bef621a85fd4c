import { describe, expect, it } from "vitest";
import { computeAlkireFoster, type AfRow, type Deprivation } from "./alkire-foster";
import {
  add,
  compare,
  fraction,
  multiply,
  ONE,
  sum,
  toString,
  ZERO,
  type Fraction,
} from "./fraction";
import { parseFraction } from "./parse-fraction";

const GLOBAL_MPI: Record<string, string> = {
  nutrition: "1/6",
  child_mortality: "1/6",
  years_of_schooling: "1/6",
  school_attendance: "1/6",
  cooking_fuel: "1/18",
  sanitation: "1/18",
  drinking_water: "1/18",
  electricity: "1/18",
  housing: "1/18",
  assets: "1/18",
};

function weightsOf(record: Record<string, string | number>): Map<string, Fraction> {
  return new Map(Object.entries(record).map(([name, value]) => [name, parseFraction(value)]));
}

/** A row deprived in exactly the named indicators. */
function deprivedIn(indicators: readonly string[], names: readonly string[]): AfRow {
  return { flags: indicators.map((name) => (names.includes(name) ? 1 : 0)) };
}

function compute(record: Record<string, string | number>, k: string, rows: AfRow[]) {
  const weights = weightsOf(record);
  return computeAlkireFoster({
    indicators: [...weights.keys()],
    weights,
    k: parseFraction(k),
    rows,
  });
}

const text = (value: Fraction | null) => (value === null ? null : toString(value));

describe("identification", () => {
  const indicators = Object.keys(GLOBAL_MPI);
  const livingStandards = indicators.slice(4);

  it("counts a family whose score equals k as poor: six indicators at 1/18 against k = 1/3", () => {
    const result = compute(GLOBAL_MPI, "1/3", [
      deprivedIn(indicators, livingStandards),
      deprivedIn(indicators, livingStandards.slice(1)),
    ]);

    expect(text(result.H)).toBe("1/2");
    expect(text(result.A)).toBe("1/3");
  });

  it("counts 1/6 + 1/6 + 1/18 as poor at k = 7/18, where doubles sum to just below k", () => {
    expect(1 / 6 + 1 / 6 + 1 / 18 >= 7 / 18).toBe(false);

    const result = compute(GLOBAL_MPI, "7/18", [
      deprivedIn(indicators, ["nutrition", "child_mortality", "cooking_fuel"]),
    ]);

    expect(text(result.H)).toBe("1");
    expect(text(result.M0)).toBe("7/18");
  });

  it("decides mixed 1/3, 1/6 and 1/18 weights exactly at k = 1/2", () => {
    const weights = { a: "1/3", b: "1/6", c: "1/6", d1: "1/18", d2: "1/18", d3: "1/18" };
    const more = { d4: "1/18", d5: "1/18", d6: "1/18" };
    const names = Object.keys({ ...weights, ...more });
    const result = compute({ ...weights, ...more }, "1/2", [
      deprivedIn(names, ["b", "c", "d1", "d2", "d3"]),
      deprivedIn(names, ["a", "d4", "d5", "d6"]),
      deprivedIn(names, ["a", "d1", "d2"]),
      deprivedIn(names, ["b", "d1", "d2", "d3", "d4", "d5"]),
    ]);

    expect(text(result.H)).toBe("1/2");
    expect(text(result.A)).toBe("1/2");
  });

  it("decides decimal weights exactly: 0.7 + 0.1 is poor at k = 0.8", () => {
    expect(0.7 + 0.1 >= 0.8).toBe(false);

    const result = compute({ a: 0.7, b: 0.1, c: 0.2 }, "0.8", [{ flags: [1, 1, 0] }]);

    expect(text(result.H)).toBe("1");
  });
});

describe("measures", () => {
  it("reports A as null and contributions as null when nobody is poor", () => {
    const result = compute({ a: "1/2", b: "1/2" }, "1", [{ flags: [1, 0] }, { flags: [0, 0] }]);

    expect(text(result.H)).toBe("0");
    expect(result.A).toBeNull();
    expect(text(result.M0)).toBe("0");
    expect(result.indicators.get("a")).toEqual({
      uncensored: fraction(1n, 2n),
      censored: ZERO,
      contribution: null,
    });
  });

  it("leaves out and counts rows missing a flag, weight or group, never reading them as 0", () => {
    const rows: AfRow[] = [
      { flags: [1, 1], group: "north" },
      { flags: [0, 0], group: "north" },
      { flags: [null, 0], group: "north" },
      { flags: [0, null], group: "south" },
      { flags: [1, 1], group: null },
      { flags: [1, 1], group: "south", weight: null },
    ];

    const result = compute({ a: "1/2", b: "1/2" }, "1/2", rows);

    expect(result.n).toBe(2);
    expect(result.excluded).toBe(4);
    expect(text(result.H)).toBe("1/2");
    expect([...result.groups.keys()]).toEqual(["north"]);
  });

  it("weights rows by a decimal population weight such as family size", () => {
    const rows: AfRow[] = [
      { flags: [1, 1], weight: parseFraction("3") },
      { flags: [0, 0], weight: parseFraction("1.5") },
      { flags: [1, 0], weight: parseFraction(0.1) },
    ];

    const result = compute({ a: "1/2", b: "1/2" }, "1", rows);

    expect(text(result.H)).toBe("15/23");
    expect(text(result.indicators.get("a")?.uncensored ?? null)).toBe("31/46");
  });
});

/** A fixed pseudo-random sequence (a linear congruential generator), so the test is stable. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe("decomposition", () => {
  const indicators = Object.keys(GLOBAL_MPI);
  const next = sequence(20260);
  const regions = ["Abai", "Astana", "Turkistan", "Ulytau", "Almaty"];
  const rows: AfRow[] = Array.from({ length: 400 }, () => ({
    flags: indicators.map((): Deprivation => (next() < 0.35 ? 1 : 0)),
    weight: parseFraction((1 + Math.floor(next() * 80) / 10).toFixed(1)),
    group: regions[Math.floor(next() * regions.length)] ?? "Abai",
  }));
  const result = compute(GLOBAL_MPI, "1/3", rows);
  const groups = [...result.groups.values()];

  it("has poor and non-poor rows in every region, so the identities below say something", () => {
    expect(groups).toHaveLength(5);
    for (const group of groups) {
      expect(compare(group.H, ZERO)).toBe(1);
      expect(compare(group.H, ONE)).toBe(-1);
    }
  });

  it("reproduces national M0 and H exactly from the regions' population shares", () => {
    const weighted = (pick: (group: (typeof groups)[number]) => Fraction) =>
      sum(groups.map((group) => multiply(group.share, pick(group))));

    expect(toString(sum(groups.map((group) => group.share)))).toBe("1");
    expect(
      compare(
        weighted((group) => group.M0),
        result.M0,
      ),
    ).toBe(0);
    expect(
      compare(
        weighted((group) => group.H),
        result.H,
      ),
    ).toBe(0);
  });

  it("has M0 = H·A, and contributions that sum to exactly 1", () => {
    expect(compare(multiply(result.H, result.A ?? ZERO), result.M0)).toBe(0);

    const contributions = [...result.indicators.values()].map(
      (indicator) => indicator.contribution ?? ZERO,
    );
    expect(toString(contributions.reduce(add, ZERO))).toBe("1");
  });
});

describe("invalid input", () => {
  const weights = weightsOf({ a: "1/2", b: "1/2" });
  const base = { indicators: ["a", "b"], weights, k: parseFraction("1/2") };

  it("rejects rows, weights and k that do not fit", () => {
    expect(() => computeAlkireFoster({ ...base, rows: [{ flags: [1] }] })).toThrow(
      "a row has 1 deprivation flags for 2 indicators",
    );
    expect(() => computeAlkireFoster({ ...base, indicators: ["a", "c"], rows: [] })).toThrow(
      "must name the same indicators once each",
    );
    expect(() =>
      computeAlkireFoster({ ...base, weights: weightsOf({ a: "1/2", b: "1/3" }), rows: [] }),
    ).toThrow("sum to exactly 1, not 5/6");
    expect(() => computeAlkireFoster({ ...base, k: ZERO, rows: [] })).toThrow("k is 0");
    expect(() => computeAlkireFoster({ ...base, rows: [{ flags: [1, 1], weight: ZERO }] })).toThrow(
      "a row weight is 0: it must be > 0",
    );
  });

  it("stops when no row is complete", () => {
    expect(() => computeAlkireFoster({ ...base, rows: [{ flags: [null, 1] }] })).toThrow(
      "no row has a complete set of values (1 rows excluded for missing values)",
    );
  });
});
