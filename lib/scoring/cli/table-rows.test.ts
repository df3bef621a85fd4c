import { describe, expect, it } from "vitest";
import { fraction, toString, type Fraction } from "../fraction";
import { parseCsv } from "./csv";
import { tableToRows, type TableColumns } from "./table-rows";

const sources = { csv: "'families.csv'", weights: "'weights.json'" };

function rows(csv: string, columns: Partial<TableColumns> = {}) {
  return tableToRows(
    parseCsv(csv),
    {
      indicators: ["water", "school"],
      cutoffs: new Map<string, Fraction>(),
      groupColumn: null,
      weightColumn: null,
      ...columns,
    },
    sources,
  );
}

describe("tableToRows", () => {
  it("reads 0/1 flags, also written as 1.0, and marks empty, NA and NaN cells as missing", () => {
    const result = rows("id,water,school\n1,1,0\n2,1.0,0.0\n3,,1\n4,NA,nan\n5, 0 ,1\n");

    expect(result.map((row) => row.flags)).toEqual([
      [1, 0],
      [1, 0],
      [null, 1],
      [null, null],
      [0, 1],
    ]);
  });

  it("names the line and column of a cell that is not 0 or 1", () => {
    expect(() => rows("id,water,school\n1,1,0\n2,2,0\n")).toThrow(
      "'families.csv' line 3, column 'water': '2' is not 0 or 1",
    );
    expect(() => rows("id,water,school\n1,yes,0\n")).toThrow("'yes' is not a number");
  });

  it("names an unknown column, who named it, and the columns there are", () => {
    expect(() => rows("id,water,schooling\n1,1,0\n")).toThrow(
      "column 'school' named by 'weights.json' is not in 'families.csv'; " +
        "its columns are: id, water, schooling",
    );
    expect(() => rows("id,water,school\n1,1,0\n", { groupColumn: "region" })).toThrow(
      "column 'region' named by --group is not in 'families.csv'",
    );
  });

  it("counts deprived strictly below a cutoff, and reads the other columns as flags", () => {
    const cutoffs = new Map([["water", fraction(50n)]]);
    const result = rows("id,water,school\n1,49.99,1\n2,50,0\n3,50.01,0\n4,NaN,0\n", { cutoffs });

    expect(result.map((row) => row.flags)).toEqual([
      [1, 1],
      [0, 0],
      [0, 0],
      [null, 0],
    ]);
    expect(() => rows("id,water,school\n1,low,0\n", { cutoffs })).toThrow(
      "line 2, column 'water': 'low' is not a number",
    );
  });

  it("reads the group and a positive row weight, missing ones as null", () => {
    const result = rows("id,water,school,region,size\n1,1,0,Abai,2.5\n2,0,0,,NA\n", {
      groupColumn: "region",
      weightColumn: "size",
    });

    expect(result.map((row) => row.group)).toEqual(["Abai", null]);
    expect(result.map((row) => (row.weight ? toString(row.weight) : row.weight))).toEqual([
      "5/2",
      null,
    ]);
    expect(() => rows("id,water,school,size\n1,1,0,0\n", { weightColumn: "size" })).toThrow(
      "line 2, column 'size': the row weight '0' must be above 0",
    );
  });
});
