import fs from "node:fs";
import type { LakeClient } from "../lib/clickhouse/client";
import { getEnv } from "../lib/env";
import { localContext } from "../lib/pipeline/local-context";
import { syncStages } from "../lib/pipeline/stages";
import { timed } from "./percentile";
import { generateCountry, summaryFile } from "./sync";
import type { Metric } from "./types";

/** The second snapshot, four weeks after the first: class movement needs two. */
export const LATER = "2026-02-12";

export async function isPublished(lake: LakeClient, date: string): Promise<boolean> {
  const result = await lake.query({
    query: "SELECT count() AS n FROM snapshots WHERE snapshot_date = {d:Date}",
    query_params: { d: date },
    format: "JSONEachRow",
  });
  const [row] = await result.json<{ n: string }>();
  return Number(row?.n ?? 0) > 0;
}

/** Generates a date's deliveries unless the (kept) folder holds them already. */
export function ensureGenerated(dataDir: string, families: number, date: string): void {
  if (!fs.existsSync(summaryFile(dataDir, date))) generateCountry(dataDir, families, date);
}

/** Generates and syncs a date unless the kept folder has it; times the sync's stages. */
export async function ensureSynced(
  lake: LakeClient,
  dataDir: string,
  families: number,
  date: string,
): Promise<Metric[]> {
  if (await isPublished(lake, date)) return [];
  ensureGenerated(dataDir, families, date);
  const context = localContext({ runId: `bench-${date}`, snapshotDate: date, env: getEnv(), lake });
  const metrics: Metric[] = [];
  for (const stage of syncStages()) {
    const seconds = await timed(() => stage.run(context));
    metrics.push({ metric: `sync ${date}: ${stage.name}`, value: seconds / 1000, unit: "s" });
    console.error(`sync ${date}: ${stage.name} ${(seconds / 1000).toFixed(1)} s`);
  }
  return metrics;
}
