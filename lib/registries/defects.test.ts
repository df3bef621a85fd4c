import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DEFECTS, ROW_DEFECTS, withOverrides } from "./defects/rates";
import { RESENT_FOLDER } from "./delivery/delivery-defects";
import { generateSmall, readDefects, type Generated } from "./testing/fixture";
import { readManifest, readTextFile } from "./testing/read-delivery";
import { findSource } from "./sources";

const RATE = 0.01;
const config = withOverrides(DEFAULT_DEFECTS, {
  rows: Object.fromEntries(ROW_DEFECTS.map((d) => [d, RATE])),
  deliveries: { duplicate_delivery: 0, truncated_file: 0 },
  force: { truncated_file: ["tax-income"], duplicate_delivery: ["vehicles", "addresses"] },
});

let run: Generated;
beforeAll(async () => {
  run = await generateSmall({ families: 3000, defects: config });
});
afterAll(() => run.remove());

const delivery = (source: string) => path.join(run.dataDir, "landing", source, "2026-03-10");

describe("injected defects", () => {
  it("injects each row defect at the configured rate, within sampling tolerance", () => {
    const { totals } = run.summary;
    for (const defect of ROW_DEFECTS) {
      const share = totals.defects[defect] / totals.rowsWritten;
      // A contradiction needs something to contradict (a dead relative, a husband).
      const low = defect === "contradiction" ? 0.4 * RATE : 0.8 * RATE;
      expect(share, defect).toBeGreaterThan(low);
      expect(share, defect).toBeLessThan(1.2 * RATE);
    }
  });

  it("lists every defect in the ground truth, and clean rows are all the others", () => {
    const defects = readDefects(run.dataDir, "2026-03-10");
    const { totals, sources } = run.summary;
    const injected = Object.values(totals.defects).reduce((a, b) => a + b, 0);

    expect(defects).toHaveLength(injected);
    expect(totals.cleanRows + injected).toBe(totals.rowsWritten);
    for (const [id, summary] of Object.entries(sources)) {
      if (summary.skipped) continue;
      const count = defects.filter((d) => d.source === id).length;
      expect(summary.cleanRows + count, id).toBe(summary.rowsWritten);
    }
  });

  it("points each recorded defect at a row that really has it", () => {
    const source = findSource("health-attachment");
    if (!source) throw new Error("no source");
    const { rows } = readTextFile(source, path.join(delivery(source.id), "part-0001.txt"));
    const defects = readDefects(run.dataDir, "2026-03-10").filter((d) => d.source === source.id);

    for (const d of defects) {
      const row = rows[d.row - 1] ?? [];
      if (d.defect === "duplicate_row") expect(row).toEqual(rows[d.row - 2]);
      if (d.defect === "missing_field")
        expect(row[source.columns.findIndex((c) => c.name === d.column)]).toBeNull();
      if (d.defect === "unknown_code") {
        const column = source.columns.find((c) => c.name === d.column);
        expect(column?.codes).not.toContain(row[source.columns.indexOf(column!)]);
      }
    }
    expect(new Set(defects.map((d) => d.defect)).size).toBe(ROW_DEFECTS.length);
  });

  it("cuts a truncated delivery mid-row so its manifest no longer matches", () => {
    const manifest = readManifest(delivery("tax-income"));
    const entry = manifest.files[0];
    const file = path.join(delivery("tax-income"), entry?.name ?? "");
    const bytes = fs.readFileSync(file);

    expect(bytes.length).toBeLessThan(entry?.bytes ?? 0);
    expect(crypto.createHash("sha256").update(bytes).digest("hex")).not.toBe(entry?.sha256);
    expect(bytes.at(-1)).not.toBe(0x0a);
    expect(run.summary.sources["tax-income"]?.truncated?.file).toBe(entry?.name);
  });

  it("sends a duplicated delivery again, byte for byte, as batch 2 in resent-1/", () => {
    for (const source of ["vehicles", "addresses"]) {
      const first = readManifest(delivery(source));
      const again = readManifest(path.join(delivery(source), RESENT_FOLDER));

      expect(again.batch).toBe(2);
      expect(again.files).toEqual(first.files);
      for (const f of first.files) {
        const a = fs.readFileSync(path.join(delivery(source), f.name));
        const b = fs.readFileSync(path.join(delivery(source), RESENT_FOLDER, f.name));
        expect(a.equals(b)).toBe(true);
      }
      expect(run.summary.sources[source]?.resent).toBe(RESENT_FOLDER);
    }
  });

  it("leaves the other deliveries whole: manifest rows, size and checksum match the files", () => {
    const manifest = readManifest(delivery("civil-registry"));
    for (const f of manifest.files) {
      const bytes = fs.readFileSync(path.join(delivery("civil-registry"), f.name));
      expect(bytes.length).toBe(f.bytes);
      expect(crypto.createHash("sha256").update(bytes).digest("hex")).toBe(f.sha256);
    }
    expect(fs.existsSync(path.join(delivery("civil-registry"), RESENT_FOLDER))).toBe(false);
  });
});
