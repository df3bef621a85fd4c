import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateSmall, listFiles, type Generated } from "./testing/fixture";

const runs: Generated[] = [];
afterAll(() => runs.forEach((run) => run.remove()));

function sameTree(a: string, b: string): void {
  const files = listFiles(a);
  expect(listFiles(b)).toEqual(files);
  for (const file of files) {
    const equal = fs.readFileSync(path.join(a, file)).equals(fs.readFileSync(path.join(b, file)));
    expect(equal, file).toBe(true);
  }
}

describe("determinism", () => {
  const sameInputs =
    "writes byte-identical deliveries and ground truth for the same seed, size and date";
  it(sameInputs, async () => {
    const first = await generateSmall();
    const second = await generateSmall();
    runs.push(first, second);

    sameTree(first.dataDir, second.dataDir);
    expect(listFiles(first.dataDir).length).toBeGreaterThan(40);
  });

  it("gives the same files whether parts run in worker threads or in one thread", async () => {
    const inline = await generateSmall({ families: 1500, partFamilies: 1000 });
    const threaded = await generateSmall({ families: 1500, partFamilies: 1000, workers: 2 });
    runs.push(inline, threaded);

    sameTree(inline.dataDir, threaded.dataDir);
    expect(inline.summary.sources["civil-registry"]?.files).toBe(2);
  });

  it("changes the deliveries when the seed changes", async () => {
    const other = await generateSmall({ seed: 12, families: 300 });
    const base = await generateSmall({ families: 300 });
    runs.push(other, base);
    const file = path.join("landing", "civil-registry", "2026-03-10", "part-0001.csv");

    const a = fs.readFileSync(path.join(other.dataDir, file));
    const b = fs.readFileSync(path.join(base.dataDir, file));
    expect(a.equals(b)).toBe(false);
  });
});
