import { describe, expect, it } from "vitest";
import { parseAfArgs } from "./args";

describe("parseAfArgs", () => {
  it("reads the required and optional flags", () => {
    expect(
      parseAfArgs(["--csv", "f.csv", "--weights", "w.json", "--k", "1/3", "--group", "region"]),
    ).toEqual({
      csv: "f.csv",
      weights: "w.json",
      k: "1/3",
      group: "region",
      weightColumn: null,
      cutoffs: null,
    });
    expect(
      parseAfArgs(["--csv=f", "--weights=w", "--k=1", "--weight-column=size", "--cutoffs=c"]),
    ).toMatchObject({ weightColumn: "size", cutoffs: "c" });
  });

  it("names missing, empty and unknown flags, with the usage line", () => {
    expect(() => parseAfArgs(["--csv", "f.csv"])).toThrow(
      /--weights is required\n--k is required\nUsage: npm run af/,
    );
    expect(() => parseAfArgs(["--csv", "", "--weights", "w", "--k", "1"])).toThrow(
      "--csv cannot be empty",
    );
    expect(() => parseAfArgs(["--csv", "f", "--weights", "w", "--k", "1", "--colour"])).toThrow(
      "Unknown option '--colour'",
    );
  });
});
