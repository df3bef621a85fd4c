import fs from "node:fs";
import readline from "node:readline";
import type { DefectConfig, DeliveryDefect } from "../defects/rates";
import type { RunConfig } from "../run/plan";
import type { DefectCounts, FileResult, PartResult } from "../run/results";
import { emptyCounts } from "../run/results";
import type { Truncation } from "./delivery-defects";

export type SourceSummary = {
  format: string;
  files: number;
  rowsWritten: number;
  cleanRows: number;
  defects: DefectCounts;
  deliveryDefect: DeliveryDefect | null;
  truncated: Truncation | null;
  resent: string | null;
  table: string | null;
  skipped: boolean;
};

export type Summary = {
  date: string;
  seed: number;
  families: number;
  defectRates: DefectConfig;
  sources: Record<string, SourceSummary>;
  totals: { rowsWritten: number; cleanRows: number; bytesWritten: number; defects: DefectCounts };
};

export function summariseSource(format: string, files: FileResult[]): SourceSummary {
  const defects = emptyCounts();
  for (const file of files) {
    for (const key of Object.keys(defects) as (keyof DefectCounts)[])
      defects[key] += file.defects[key];
  }

  return {
    format,
    files: files.length,
    rowsWritten: files.reduce((sum, f) => sum + f.rows, 0),
    cleanRows: files.reduce((sum, f) => sum + f.clean, 0),
    defects,
    deliveryDefect: null,
    truncated: null,
    resent: null,
    table: null,
    skipped: false,
  };
}

export type TableRows = { source: string; table: string | null; offsets: number[] };

/**
 * Joins the parts' defect records into one file in part order. Rows of the database-served
 * source are renumbered to the table's ids (their position across parts) and named by table;
 * they are dropped when the table was not loaded.
 */
export async function mergeDefects(partFiles: string[], target: string, tableRows: TableRows) {
  const out = fs.openSync(target, "w");
  for (const [part, file] of partFiles.entries()) {
    const lines = readline.createInterface({
      input: fs.createReadStream(file),
      crlfDelay: Infinity,
    });
    for await (const line of lines) {
      if (!line.includes(`"source":"${tableRows.source}"`)) {
        fs.writeSync(out, `${line}\n`);
        continue;
      }
      if (tableRows.table === null) continue;

      const record = JSON.parse(line) as { file: string; row: number };
      record.file = tableRows.table;
      record.row += tableRows.offsets[part] ?? 0;
      fs.writeSync(out, `${JSON.stringify(record)}\n`);
    }
  }
  fs.closeSync(out);
}

/** Totals over the sources that were delivered (a skipped table counts for nothing). */
export function summarise(
  config: RunConfig,
  sources: Record<string, SourceSummary>,
  results: PartResult[],
): Summary {
  const defects = emptyCounts();
  let rowsWritten = 0;
  let cleanRows = 0;
  for (const source of Object.values(sources)) {
    if (source.skipped) continue;

    rowsWritten += source.rowsWritten;
    cleanRows += source.cleanRows;
    for (const key of Object.keys(defects) as (keyof DefectCounts)[])
      defects[key] += source.defects[key];
  }
  const files = results.flatMap((r) => r.files);
  const bytesWritten = files
    .filter((f) => sources[f.source]?.format !== "postgres")
    .reduce((sum, f) => sum + f.bytes, 0);

  return {
    date: config.date,
    seed: config.seed,
    families: config.families,
    defectRates: config.defects,
    sources,
    totals: { rowsWritten, cleanRows, bytesWritten, defects },
  };
}
