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

/**
 * The first start of an embedded installation: with nothing published yet, generate a demo
 * country for today and sync it, so the portal opens on data. Later starts skip this.
 */
export async function prepareDemoCountry(env: Env, databaseUrl: string): Promise<void> {
  if (env.mode !== "embedded" || (await currentSnapshot(await getLake()))) return;

  const date = new Date().toISOString().slice(0, 10);
  if (!fs.existsSync(path.join(landingDir(env.dataDir), "civil-registry", date))) {
    log.info({ families: DEMO_FAMILIES, date }, "first start: generating a demo country");
    const cli = parseCli(["--families", String(DEMO_FAMILIES), "--date", date, "--seed", "1"]);
    await generate({ ...cli, dataDir: env.dataDir, databaseUrl });
  }

  log.info({ date }, "first start: syncing the demo country");
  const run = await runAndWait({ snapshotDate: date, trigger: "cli", stages: syncStages() });
  log.info({ status: run.status, runId: run.runId }, "first sync finished");
}
