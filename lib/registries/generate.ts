import fs from "node:fs";
import path from "node:path";
import { log } from "../log";
import type { DefectConfig } from "./defects/rates";
import { finishFiles, finishTable, stagedDelivery, type Finish } from "./delivery/finish";
import {
  mergeDefects,
  summarise,
  summariseSource,
  type SourceSummary,
  type Summary,
} from "./delivery/ground-truth";
import { stagedTruth } from "./run/part";
import { partsOf, type RunConfig } from "./run/plan";
import { runInline, runWorkers } from "./run/pool";
import type { ProgressListener } from "./run/progress";
import { SOURCES } from "./sources";

export type GenerateOptions = {
  seed: number;
  families: number;
  date: string;
  day: number;
  dataDir: string;
  defects: DefectConfig;
  workers: number;
  partFamilies: number;
  /** Postgres server for the database-served source; null leaves that source out. */
  databaseUrl: string | null;
  onProgress?: ProgressListener;
};

function moveIntoPlace(from: string, to: string): void {
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.renameSync(from, to);
}

/** Manifests, delivery defects and the table load, source by source, then the ground truth. */
async function finishRun(finish: Finish, config: RunConfig): Promise<Summary> {
  const sources: Record<string, SourceSummary> = {};
  const table = { source: "", table: null as string | null, offsets: [] as number[] };
  for (const [index, source] of SOURCES.entries()) {
    const files = finish.results.flatMap((r) => (r.files[index] ? [r.files[index]] : []));
    const summary = summariseSource(source.format.kind, files);
    sources[source.id] = summary;
    if (source.format.kind !== "postgres") {
      finishFiles(finish, source, index, summary);
      continue;
    }

    let offset = 0;
    table.offsets = files.map((file) => (offset += file.rows) - file.rows);
    table.source = source.id;
    table.table = await finishTable(finish, source, index, summary);
  }

  const truthDir = path.join(finish.staging, "ground-truth", finish.date);
  fs.mkdirSync(truthDir, { recursive: true });
  const parts = partsOf(config).map((part) => stagedTruth(config, part.index));
  await mergeDefects(parts, path.join(truthDir, "defects.ndjson"), table);
  const summary = summarise(config, sources, finish.results);
  fs.writeFileSync(path.join(truthDir, "summary.json"), `${JSON.stringify(summary, null, 2)}\n`);

  return summary;
}

/**
 * Writes one daily delivery of every source for `date` into DATA_DIR/landing/<source>/<date>/
 * and the ground truth of its defects into DATA_DIR/ground-truth/<date>/. Everything is staged
 * first and moved into place at the end, so a reader never sees half a delivery.
 */
export async function generate(options: GenerateOptions): Promise<Summary> {
  const staging = path.join(options.dataDir, `.staging-${options.date}`);
  fs.rmSync(staging, { recursive: true, force: true });
  const { seed, families, day, date, defects, partFamilies } = options;
  const config: RunConfig = {
    seed,
    families,
    day,
    date,
    defects,
    partFamilies,
    stagingDir: staging,
  };
  const parts = partsOf(config);
  let done = 0;
  const progress = (n: number) => options.onProgress?.((done += n), families);
  log.info({ families, date, parts: parts.length }, "generating registries");

  const threaded = options.workers > 1 && parts.length > 1;
  const results = threaded
    ? await runWorkers(config, parts, options.workers, progress)
    : runInline(config, parts, progress);
  const finish: Finish = {
    seed,
    date,
    day,
    defects,
    databaseUrl: options.databaseUrl,
    staging,
    results,
  };
  const summary = await finishRun(finish, config);

  for (const source of SOURCES) {
    const from = stagedDelivery(finish, source);
    const to = path.join(options.dataDir, "landing", source.id, date);
    if (fs.existsSync(from)) moveIntoPlace(from, to);
  }
  moveIntoPlace(
    path.join(staging, "ground-truth", date),
    path.join(options.dataDir, "ground-truth", date),
  );
  fs.rmSync(staging, { recursive: true, force: true });
  log.info(
    { rows: summary.totals.rowsWritten, bytes: summary.totals.bytesWritten },
    "registries generated",
  );

  return summary;
}
