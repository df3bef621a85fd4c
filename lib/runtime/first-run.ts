import fs from "node:fs";
import path from "node:path";
import { getLake } from "../clickhouse/client";
import type { Env } from "../env";
import { log } from "../log";
import { currentSnapshot } from "../pipeline/current-snapshot";
import { landingDir } from "../pipeline/landing-plan";
import { syncStages } from "../pipeline/stages";
import { runAndWait } from "../pipeline/start-run";
import { generate } from "../registries/generate";
import { parseCli } from "../registries/run/options";

/** Big enough for every demo district to have families, small enough to be ready in a minute. */
export const DEMO_FAMILIES = Number(process.env.DEMO_FAMILIES ?? 30_000);

/** Days before today of the demo's snapshots, so that class movement and trends have a story. */
export const DEMO_SNAPSHOT_DAYS = [84, 56, 28, 0];

function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(date) - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The first start of an embedded installation: with nothing published yet, generate a demo
 * country every four weeks from twelve weeks ago to today and sync each, so the portal opens
 * on data with a history. Later starts skip this.
 */
export async function prepareDemoCountry(env: Env, databaseUrl: string): Promise<void> {
  if (env.mode !== "embedded" || (await currentSnapshot(await getLake()))) return;

  const today = new Date().toISOString().slice(0, 10);
  for (const date of DEMO_SNAPSHOT_DAYS.map((days) => daysBefore(today, days))) {
    if (!fs.existsSync(path.join(landingDir(env.dataDir), "civil-registry", date))) {
      log.info({ families: DEMO_FAMILIES, date }, "first start: generating a demo country");
      const cli = parseCli(["--families", String(DEMO_FAMILIES), "--date", date, "--seed", "1"]);
      await generate({ ...cli, dataDir: env.dataDir, databaseUrl });
    }

    log.info({ date }, "first start: syncing the demo country");
    const run = await runAndWait({ snapshotDate: date, trigger: "cli", stages: syncStages() });
    log.info({ status: run.status, runId: run.runId }, "demo sync finished");
  }
}
