import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_DEFECTS } from "./defects/rates";
import { SOURCES } from "./sources";
import { generateSmall, type Generated } from "./testing/fixture";
import { readManifest } from "./testing/read-delivery";

const DAYS = ["2026-03-10", "2026-03-11"] as const;
let first: Generated;
let second: Generated;

beforeAll(async () => {
  first = await generateSmall({ families: 5000, date: DAYS[0], defects: NO_DEFECTS });
  second = await generateSmall({ families: 5000, date: DAYS[1], defects: NO_DEFECTS });
});
afterAll(() => {
  first.remove();
  second.remove();
});

function lines(run: Generated, source: string, date: string): string[] {
  const dir = path.join(run.dataDir, "landing", source, date);
  const name = readManifest(dir).files[0]?.name ?? "";

  return fs.readFileSync(path.join(dir, name), "latin1").split("\n").slice(1).filter(Boolean);
}

function difference(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const line of a) counts.set(line, (counts.get(line) ?? 0) + 1);
  let missing = 0;
  for (const line of b) {
    const left = counts.get(line) ?? 0;
    if (left > 0) counts.set(line, left - 1);
    else missing += 1;
  }

  return missing;
}

describe("day-to-day change", () => {
  it("changes a small share of rows from one day to the next, but some", () => {
    let total = 0;
    let changed = 0;
    const bySource: Record<string, number> = {};
    for (const source of SOURCES.filter(
      (s) => s.format.kind === "csv" || s.format.kind === "ndjson",
    )) {
      const before = lines(first, source.id, DAYS[0]);
      const after = lines(second, source.id, DAYS[1]);
      const delta = difference(before, after) + difference(after, before);
      bySource[source.id] = delta;
      total += before.length;
      changed += delta;
    }

    expect(changed).toBeGreaterThan(0);
    expect(changed / total).toBeLessThan(0.01);
    // Twelve-month income figures only move at a month's turn, or with a death or a new job.
    expect(bySource["tax-income"] ?? 0, "tax-income").toBeLessThan(10);
  });

  it("keeps every person of yesterday's civil registry, with the same IIN, and adds births", () => {
    const iin = (line: string) => line.replace(/^\uFEFF/, "").split(";")[0] ?? "";
    const before = new Set(lines(first, "civil-registry", DAYS[0]).map(iin));
    const after = new Set(lines(second, "civil-registry", DAYS[1]).map(iin));

    for (const person of before) expect(after.has(person)).toBe(true);
    expect(after.size).toBeGreaterThanOrEqual(before.size);
  });

  const peopleKept =
    "keeps a family's people across a month of snapshots: only births and deaths differ";
  it(peopleKept, async () => {
    const later = await generateSmall({ families: 5000, date: "2026-04-10", defects: NO_DEFECTS });
    try {
      const rows = (run: Generated, date: string) => lines(run, "civil-registry", date);
      const before = rows(first, DAYS[0]);
      const after = rows(later, "2026-04-10");
      const births = after.length - before.length;

      expect(births).toBeGreaterThan(10);
      expect(births).toBeLessThan(0.02 * before.length);
      expect(difference(after, before)).toBeLessThan(births + 0.01 * before.length);
    } finally {
      later.remove();
    }
  });
});
