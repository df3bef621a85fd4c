import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..", "..");
const examples = path.join(root, "lib", "scoring", "examples");

function af(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/af.ts", ...args], {
    cwd: root,
    encoding: "utf8",
  });
}

function tempFile(name: string, content: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "af-")), name);
  fs.writeFileSync(file, content);
  return file;
}

describe("npm run af", () => {
  it("prints the measures of a CSV file as one JSON object", () => {
    const result = af([
      "--csv",
      path.join(examples, "mpindex-simple.csv"),
      "--weights",
      path.join(examples, "mpindex-simple.weights.json"),
      "--k",
      "1/2",
      "--group",
      "region",
    ]);

    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      n: 4,
      excluded: 0,
      H: 0.5,
      A: 0.75,
      M0: 0.375,
      indicators: {
        a1: { uncensored: 0.5, censored: 0.5, contribution: 1 / 3 },
        a2: { uncensored: 0.5, censored: 0.25, contribution: 1 / 6 },
        b1: { uncensored: 0.25, censored: 0.25, contribution: 1 / 6 },
        b2: { uncensored: 0.5, censored: 0.5, contribution: 1 / 3 },
      },
      groups: {
        X: { share: 0.5, H: 0.5, A: 0.5, M0: 0.25 },
        Y: { share: 0.5, H: 0.5, A: 1, M0: 0.5 },
      },
    });
  });

  it("weights rows by a column, excludes rows with missing values and says so on stderr", () => {
    const csv = tempFile("f.csv", "id,a,b,size\r\n1,1,1,3\r\n2,0,0,1.5\r\n3,NA,1,2\r\n");
    const weights = tempFile("w.json", JSON.stringify({ a: "1/2", b: "1/2" }));

    const result = af(["--csv", csv, "--weights", weights, "--k", "1", "--weight-column", "size"]);

    expect(result.status).toBe(0);
    expect(result.stderr).toContain("1 rows left out for a missing value");
    expect(JSON.parse(result.stdout)).toMatchObject({ n: 2, excluded: 1, H: 2 / 3, A: 1 });
  });

  it("stops with exit code 2 and a message, without a stack, on an unknown column", () => {
    const weights = tempFile("w.json", JSON.stringify({ a1: 0.5, a3: 0.5 }));

    const result = af([
      "--csv",
      path.join(examples, "mpindex-simple.csv"),
      "--weights",
      weights,
      "--k",
      "1/2",
    ]);

    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("column 'a3' named by");
    expect(result.stderr).toContain("its columns are: region, a1, a2, b1, b2");
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it("stops with exit code 2 when the weights do not sum to 1, or a flag is missing", () => {
    const weights = tempFile("w.json", JSON.stringify({ a1: 0.5, a2: 0.4 }));
    const csv = path.join(examples, "mpindex-simple.csv");

    const sum = af(["--csv", csv, "--weights", weights, "--k", "1/2"]);
    expect(sum.status).toBe(2);
    expect(sum.stderr.trim()).toBe(
      'the weights sum to 0.9 (9/10), not 1; write exact fractions such as "1/6" ' +
        "or decimals whose sum is within 0.0001 of 1",
    );

    const usage = af(["--csv", csv]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("--weights is required");
  });
});
