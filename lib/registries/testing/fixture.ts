import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseIsoDay } from "../calendar";
import { DEFAULT_DEFECTS, type DefectConfig } from "../defects/rates";
import type { Summary } from "../delivery/ground-truth";
import { generate, type GenerateOptions } from "../generate";

export type Generated = { dataDir: string; summary: Summary; remove: () => void };

/** Generates a small country into a fresh temporary DATA_DIR. */
export async function generateSmall(
  overrides: Partial<GenerateOptions> & { date?: string; defects?: DefectConfig } = {},
): Promise<Generated> {
  const dataDir = overrides.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "registries-"));
  const date = overrides.date ?? "2026-03-10";
  const summary = await generate({
    seed: 11,
    families: 2000,
    day: parseIsoDay(date) ?? 0,
    defects: DEFAULT_DEFECTS,
    workers: 1,
    partFamilies: 500_000,
    databaseUrl: null,
    ...overrides,
    date,
    dataDir,
  });

  return { dataDir, summary, remove: () => fs.rmSync(dataDir, { recursive: true, force: true }) };
}

export type DefectRecord = {
  source: string;
  file: string;
  row: number;
  defect: string;
  column: string | null;
  detail: string | null;
  family: number;
};

export function readDefects(dataDir: string, date: string): DefectRecord[] {
  const file = path.join(dataDir, "ground-truth", date, "defects.ndjson");

  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as DefectRecord);
}

/** Keys "file:row" of the defective rows of one source. */
export function defectiveRows(defects: DefectRecord[], source: string): Set<string> {
  return new Set(defects.filter((d) => d.source === source).map((d) => `${d.file}:${d.row}`));
}

/** Every file below a folder, relative paths, sorted. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(path.relative(root, full));
    }
  };
  walk(root);

  return out.sort();
}
