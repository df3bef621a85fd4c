import { describe, expect, it } from "vitest";
import {
  NO_DATA_COLOUR,
  SEQUENTIAL_BLUES,
  binOf,
  equalIntervalBins,
  markColourOn,
} from "./colour-bins";

describe("equal-interval colour bins", () => {
  it("splits [min, max] into one contiguous bin per colour", () => {
    const bins = equalIntervalBins([10, 0, null, 5, 2.5]);

    expect(bins.map((bin) => bin.colour)).toEqual([...SEQUENTIAL_BLUES]);
    expect(bins.map((bin) => [bin.from, bin.to])).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
      [6, 8],
      [8, 10],
    ]);
  });

  it("puts the smallest value in the first bin and the largest in the last", () => {
    const values = [0.3, 0.1, 0.7, 0.2, 0.9];
    const bins = equalIntervalBins(values);

    expect(binOf(bins, 0.1)).toBe(bins[0]);
    expect(binOf(bins, 0.9)).toBe(bins.at(-1));
  });

  it("gives a value on a bin edge the upper bin, as the legend reads", () => {
    const bins = equalIntervalBins([0, 0.5]);

    expect(binOf(bins, 0.3)?.from).toBeCloseTo(0.3);
    expect(binOf(bins, 0.29)?.from).toBeCloseTo(0.2);
    expect(binOf(bins, 0.3 - 0.1)?.from).toBeCloseTo(0.2);
  });

  it("uses a single bin when all values are equal", () => {
    const bins = equalIntervalBins([7, 7, null, 7]);

    expect(bins).toEqual([{ from: 7, to: 7, colour: SEQUENTIAL_BLUES[0] }]);
    expect(binOf(bins, 7)).toBe(bins[0]);
  });

  it("has no bins and no colour when there are no values", () => {
    const bins = equalIntervalBins([null, null, Number.NaN]);

    expect(bins).toEqual([]);
    expect(binOf(bins, 3)).toBeNull();
    expect(equalIntervalBins([])).toEqual([]);
  });

  it("gives no bin to a missing value", () => {
    const bins = equalIntervalBins([1, 2, 3]);

    expect(binOf(bins, null)).toBeNull();
    expect(binOf(bins, Number.NaN)).toBeNull();
  });
});

describe("mark colour over a fill", () => {
  it("is dark on pale fills and light on dark ones", () => {
    const [palest, pale, middle, dark, darkest] = SEQUENTIAL_BLUES;

    expect([palest, pale, NO_DATA_COLOUR].map(markColourOn)).toEqual([
      "#020617",
      "#020617",
      "#020617",
    ]);
    expect([middle, dark, darkest].map(markColourOn)).toEqual(["#fcd34d", "#fcd34d", "#fcd34d"]);
  });
});
