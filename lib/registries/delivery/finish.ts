import fs from "node:fs";
import path from "node:path";
import type { DefectConfig } from "../defects/rates";
import type { PartResult } from "../run/results";
import type { Source } from "../schema/types";
import { deliveryDefect, resend, truncate } from "./delivery-defects";
import type { SourceSummary } from "./ground-truth";
import { buildManifest, writeManifest } from "./manifest";
import { loadTable, REGISTRIES_DATABASE } from "./postgres";

/** What finishing a source's delivery needs to know about the run. */
export type Finish = {
  seed: number;
  date: string;
  day: number;
  defects: DefectConfig;
  databaseUrl: string | null;
  staging: string;
  results: PartResult[];
};

export function stagedDelivery(finish: Finish, source: Source): string {
  return path.join(finish.staging, "landing", source.id, finish.date);
}

const filesOf = (finish: Finish, index: number) =>
  finish.results.flatMap((r) => (r.files[index] ? [r.files[index]] : []));

/** Loads the staged rows of the database-served source; returns the table, or null if skipped. */
export async function finishTable(
  finish: Finish,
  source: Source,
  index: number,
  summary: SourceSummary,
): Promise<string | null> {
  const dir = stagedDelivery(finish, source);
  if (finish.databaseUrl === null) {
    summary.skipped = true;
    fs.rmSync(dir, { recursive: true, force: true });
    return null;
  }

  const staged = filesOf(finish, index).map((file) => path.join(dir, file.name));
  const loaded = await loadTable(finish.databaseUrl, source, finish.date, staged);
  for (const file of staged) fs.rmSync(file);
  const table = { database: REGISTRIES_DATABASE, name: loaded.table, sha256: loaded.sha256 };
  writeManifest(dir, { ...buildManifest(source, finish.date, []), rows: loaded.rows, table });
  summary.table = loaded.table;

  return loaded.table;
}

/** Writes a file delivery's manifest, then applies its delivery defect if one is drawn. */
export function finishFiles(
  finish: Finish,
  source: Source,
  index: number,
  summary: SourceSummary,
): void {
  const dir = stagedDelivery(finish, source);
  const manifest = buildManifest(source, finish.date, filesOf(finish, index));
  writeManifest(dir, manifest);

  const defect = deliveryDefect(finish.defects, finish.seed, index, source.id, finish.day);
  summary.deliveryDefect = defect;
  if (defect === "truncated_file")
    summary.truncated = truncate(dir, manifest, finish.seed + index, finish.day);
  if (defect === "duplicate_delivery") summary.resent = resend(dir, manifest);
}
