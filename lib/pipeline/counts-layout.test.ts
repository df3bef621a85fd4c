import { describe, expect, it } from "vitest";
import { countLabel, layoutCounts } from "./counts-layout";

describe("laying out a stage's counts", () => {
  it("puts numbers in totals and one row per source with the union of their counts", () => {
    const layout = layoutCounts({
      sources: 2,
      population: { rowsIn: 10, loaded: 9, quarantined: 1 },
      pension: { rowsIn: 4, loaded: 4, late: 1 },
    });

    expect(layout.totals).toEqual([{ key: "sources", value: 2 }]);
    expect(layout.sources).toEqual({
      columns: ["rowsIn", "loaded", "quarantined", "late"],
      rows: [
        { source: "population", cells: [10, 9, 1, null] },
        { source: "pension", cells: [4, 4, null, 1] },
      ],
    });
  });

  it("lists quarantine reasons, top-level or per source, most frequent first", () => {
    const layout = layoutCounts({
      quarantinedByReason: { "invalid IIN": 2 },
      population: { rowsIn: 5, quarantinedByReason: { "birth date in the future": 3 } },
    });

    expect(layout.reasons).toEqual([
      { source: "population", reason: "birth date in the future", count: 3 },
      { source: null, reason: "invalid IIN", count: 2 },
    ]);
    expect(layout.sources.columns).toEqual(["rowsIn"]);
  });

  it("keeps values it cannot lay out as text instead of dropping them", () => {
    const layout = layoutCounts({ note: ["a"], rows: 1 });

    expect(layout.other).toEqual([{ key: "note", text: '["a"]' }]);
    expect(layoutCounts(null).totals).toEqual([]);
  });

  it("turns count names into words", () => {
    expect(countLabel("rowsIn")).toBe("Rows in");
    expect(countLabel("quarantined_rows")).toBe("Quarantined rows");
  });
});
