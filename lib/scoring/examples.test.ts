import path from "node:path";
import { describe, expect, it } from "vitest";
import { computeAlkireFoster, type AfResult } from "./alkire-foster";
import { parseCsv } from "./cli/csv";
import { parseCutoffs, readJsonObject, readText } from "./cli/input-files";
import { runAf } from "./cli/run";
import { tableToRows } from "./cli/table-rows";
import { toString, type Fraction } from "./fraction";
import { parseK } from "./poverty-cutoff";
import { parseWeights } from "./weights";

// The published worked examples of examples/README.md, computed exactly from the fixture files.
const dir = path.join(import.meta.dirname, "examples");
const file = (name: string) => path.join(dir, name);

type Example = { csv: string; weights: string; k: string; cutoffs?: string; group?: string };

function exact(example: Example): AfResult {
  const { weights } = parseWeights(readJsonObject(file(example.weights), "--weights"));
  const indicators = [...weights.keys()];
  const cutoffs = example.cutoffs
    ? parseCutoffs(readJsonObject(file(example.cutoffs), "--cutoffs"), indicators, "cutoffs")
    : new Map<string, Fraction>();
  const table = parseCsv(readText(file(example.csv), "--csv"));
  const rows = tableToRows(
    table,
    { indicators, cutoffs, groupColumn: example.group ?? null, weightColumn: null },
    { csv: example.csv, weights: example.weights },
  );

  return computeAlkireFoster({ indicators, weights, k: parseK(example.k), rows });
}

const text = (value: Fraction | null) => (value === null ? null : toString(value));
const measures = (result: { H: Fraction; A: Fraction | null; M0: Fraction }) => ({
  H: text(result.H),
  A: text(result.A),
  M0: text(result.M0),
});
const column = (result: AfResult, field: "uncensored" | "censored" | "contribution") =>
  [...result.indicators.values()].map((indicator) => text(indicator[field]));

describe("Alkire & Foster (2011), the four-person example", () => {
  const example = {
    csv: "alkire-foster-2011.csv",
    weights: "equal-weights-4.json",
    cutoffs: "alkire-foster-2011.cutoffs.json",
  };

  it("at k = 2 of 4 dimensions: H = 1/2, A = 3/4, M0 = 3/8", () => {
    const result = exact({ ...example, k: "1/2" });

    expect(measures(result)).toEqual({ H: "1/2", A: "3/4", M0: "3/8" });
    expect(column(result, "uncensored")).toEqual(["1/4", "3/4", "1/4", "1/2"]);
    expect(column(result, "censored")).toEqual(["1/4", "1/2", "1/4", "1/2"]);
    expect(column(result, "contribution")).toEqual(["1/6", "1/3", "1/6", "1/3"]);
  });

  it("under the union (k = 1/4) and intersection (k = 1) approaches", () => {
    expect(measures(exact({ ...example, k: "1/4" }))).toEqual({ H: "3/4", A: "7/12", M0: "7/16" });
    expect(measures(exact({ ...example, k: "1" }))).toEqual({ H: "1/4", A: "1", M0: "1/4" });
  });

  it("the variant with incomes 700/300/400/800 and a cutoff of 500: M0 = 5/16", () => {
    const result = exact({
      csv: "four-person-variant.csv",
      weights: "equal-weights-4.json",
      cutoffs: "four-person-variant.cutoffs.json",
      k: "0.5",
    });

    // Achievements equal to the cutoff (3 against 3, 1 against 1) are not deprivations.
    expect(column(result, "uncensored")).toEqual(["1/2", "1/2", "1/4", "1/4"]);
    expect(measures(result)).toEqual({ H: "1/2", A: "5/8", M0: "5/16" });
  });
});

describe("R package mpindex, its four-row test data", () => {
  const result = exact({
    csv: "mpindex-simple.csv",
    weights: "mpindex-simple.weights.json",
    k: "0.5",
    group: "region",
  });

  it("gives the package's H = 0.5, A = 0.75, M0 = 0.375, the row at k = 1/2 being poor", () => {
    expect(measures(result)).toEqual({ H: "1/2", A: "3/4", M0: "3/8" });
    expect(column(result, "contribution")).toEqual(["1/3", "1/6", "1/6", "1/3"]);
  });

  it("decomposes by region into shares whose weighted M0 and H are the national ones", () => {
    expect(Object.fromEntries([...result.groups].map(([name, g]) => [name, measures(g)]))).toEqual({
      X: { H: "1/2", A: "1/2", M0: "1/4" },
      Y: { H: "1/2", A: "1", M0: "1/2" },
    });
    expect([...result.groups.values()].map((group) => text(group.share))).toEqual(["1/2", "1/2"]);
  });
});

describe("R package MPI (AF_Seq), the vignette's Bastia group", () => {
  const result = exact({
    csv: "mpi-package-bastia.csv",
    weights: "mpi-package-bastia.weights.json",
    k: "3/11",
  });

  it("gives H = 1 and A = M0 = 9/22 (printed 0.4090909)", () => {
    expect(measures(result)).toEqual({ H: "1", A: "9/22", M0: "9/22" });
    expect(runAf(argsFor("mpi-package-bastia", "3/11")).report.M0.toFixed(7)).toBe("0.4090909");
  });

  it("gives the vignette's contributions of the eleven indicators", () => {
    expect(column(result, "contribution")).toEqual([
      "1/9",
      "1/9",
      "1/9",
      "2/9",
      "0",
      "2/9",
      "0",
      "1/9",
      "0",
      "1/9",
      "0",
    ]);
  });
});

function argsFor(name: string, k: string): string[] {
  return ["--csv", file(`${name}.csv`), "--weights", file(`${name}.weights.json`), "--k", k];
}

describe("global MPI (UNDP / OPHI): families exactly at k = 1/3", () => {
  const boundary = { csv: "global-mpi-boundary.csv", k: "1/3" };

  it("counts the four published ways of reaching 1/3 as poor, and 5/18 as not", () => {
    const result = exact({ ...boundary, weights: "global-mpi.weights.json" });

    expect(result.n).toBe(8);
    expect(measures(result)).toEqual({ H: "1/2", A: "1/3", M0: "1/6" });
  });

  it("with the weights rounded to 0.166666667 and 0.055555556, loses one of them", () => {
    const rounded = parseWeights(readJsonObject(file("global-mpi-rounded.weights.json"), "w"));
    const result = exact({ ...boundary, weights: "global-mpi-rounded.weights.json" });

    // Dividing by the sum 1.000000004 does not give back 1/6 and 1/18: nutrition plus years of
    // schooling scores 0.333333334 / 1.000000004, just below 1/3.
    expect(rounded.normalised).toBe(true);
    expect(text(result.H)).toBe("3/8");
  });
});
