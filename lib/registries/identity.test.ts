import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseIsoDay, toDay } from "./calendar";
import { iinMatches, isValidIin } from "./iin";
import { civilRegistry } from "./sources/civil-registry";
import { defectiveRows, generateSmall, readDefects, type Generated } from "./testing/fixture";
import { readTextFile } from "./testing/read-delivery";

let run: Generated;
beforeAll(async () => {
  run = await generateSmall({ families: 3000 });
});
afterAll(() => run.remove());

function dmy(text: string): number | null {
  const match = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  if (!match) return null;

  return parseIsoDay(`${match[3]}-${match[2]}-${match[1]}`);
}

describe("identities in the civil registry", () => {
  const validIins =
    "gives every person outside the injected defects a valid IIN matching birth date and sex";
  it(validIins, () => {
    const file = path.join(run.dataDir, "landing", civilRegistry.id, "2026-03-10", "part-0001.csv");
    const { rows } = readTextFile(civilRegistry, file);
    const broken = defectiveRows(readDefects(run.dataDir, "2026-03-10"), civilRegistry.id);
    const iins = new Set<string>();
    let checked = 0;

    rows.forEach((row, i) => {
      if (broken.has(`part-0001.csv:${i + 1}`)) return;

      const [iin, , , , birth, sex] = row;
      const day = dmy(birth ?? "");
      expect(isValidIin(iin ?? ""), `row ${i + 1}`).toBe(true);
      expect(day).not.toBeNull();
      expect(iinMatches(iin ?? "", day ?? 0, sex === "М" ? 0 : 1), `row ${i + 1}`).toBe(true);
      expect(iins.has(iin ?? ""), `duplicate IIN at row ${i + 1}`).toBe(false);
      iins.add(iin ?? "");
      checked += 1;
    });

    expect(checked).toBeGreaterThan(9000);
    expect(rows.length - checked).toBe(broken.size);
  });

  it("flags the injected invalid IINs as failing the checksum", () => {
    const file = path.join(run.dataDir, "landing", civilRegistry.id, "2026-03-10", "part-0001.csv");
    const { rows } = readTextFile(civilRegistry, file);
    const invalid = readDefects(run.dataDir, "2026-03-10").filter(
      (d) => d.source === civilRegistry.id && d.defect === "invalid_iin",
    );

    expect(invalid.length).toBeGreaterThan(5);
    for (const defect of invalid) expect(isValidIin(rows[defect.row - 1]?.[0] ?? "")).toBe(false);
  });

  it("has people of every age, born in three centuries of IIN digits", () => {
    const file = path.join(run.dataDir, "landing", civilRegistry.id, "2026-03-10", "part-0001.csv");
    const { rows } = readTextFile(civilRegistry, file);
    const births = rows.map((r) => dmy(r[4] ?? "")).filter((d): d is number => d !== null);

    expect(Math.min(...births)).toBeLessThan(toDay(1935, 1, 1));
    expect(births.filter((d) => d >= toDay(2026, 1, 1)).length).toBeGreaterThan(10);
  });
});
