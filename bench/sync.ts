import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeLake, getLake } from "../lib/clickhouse/client";
import { migrateLake } from "../lib/clickhouse/migrate";
import { migratePostgres } from "../lib/db/migrate";
import { resolveDatabaseUrl } from "../lib/db/server";
import { getEnv } from "../lib/env";
import type { Summary } from "../lib/registries/delivery/ground-truth";
import { localContext } from "../lib/pipeline/local-context";
import { syncStages } from "../lib/pipeline/stages";
import type { Bench, Metric } from "./types";

export const DATE = "2026-01-15";

// The stages of the sync issue's own target (land to publish); the others (indicators,
// scores, eligibility, cases) are the family card's and the cases' work, timed beside them.
const SPINE = new Set(["land", "validate", "depersonalise", "integrate", "publish"]);

/** Generates the country outside the timing, with the generator's own command. */
export function generateCountry(dataDir: string, families: number, date = DATE): void {
  const script = path.join(import.meta.dirname, "..", "scripts", "generate.ts");
  const args = ["--import", "tsx", script, "--families", String(families), "--date", date];
  const result = spawnSync(process.execPath, [...args, "--seed", "1"], {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new Error(`the generator exited with ${result.status}`);
}

export const summaryFile = (dataDir: string, date = DATE) =>
  path.join(dataDir, "ground-truth", date, "summary.json");

/**
 * A kept folder is generated into on first use only, so the sync can be timed again without the
 * minutes a large country takes to generate. Its lake and work folder are removed before each
 * run: every run starts from an empty lake, as in a temporary folder.
 */
function prepareKept(dataDir: string, families: number): void {
  if (!fs.existsSync(summaryFile(dataDir))) generateCountry(dataDir, families);

  const summary = JSON.parse(fs.readFileSync(summaryFile(dataDir), "utf8")) as Summary;
  if (summary.families !== families) {
    throw new Error(`${dataDir} holds ${summary.families} families, not ${families}`);
  }
  for (const folder of ["clickhouse", "work"]) {
    fs.rmSync(path.join(dataDir, folder), { recursive: true, force: true });
  }
}

export const syncBench: Bench = {
  description: "every stage of the nightly sync, land to publish, on embedded chDB",
  defaultFamilies: 100_000,
  async run({ families, keep }) {
    const dataDir = keep
      ? path.resolve(keep)
      : fs.mkdtempSync(path.join(os.tmpdir(), "bench-sync-"));
    fs.mkdirSync(dataDir, { recursive: true });
    // As root, the embedded Postgres runs as the postgres user, which must enter the folder.
    fs.chmodSync(dataDir, 0o755);
    process.env.DATA_DIR = dataDir;
    process.env.LOG_LEVEL ??= "warn";
    const database = await resolveDatabaseUrl();
    process.env.PORTAL_DATABASE_URL = database.url;
    try {
      if (keep) prepareKept(dataDir, families);
      else generateCountry(dataDir, families);
      // The score stage reads the scoring configuration from Postgres.
      await migratePostgres(database.url);
      const env = getEnv();
      const lake = await getLake();
      await migrateLake(lake, { database: env.CLICKHOUSE_DATABASE });
      const context = localContext({ runId: "bench", snapshotDate: DATE, env, lake });

      const metrics: Metric[] = [];
      const started = performance.now();
      for (const stage of syncStages()) {
        const t0 = performance.now();
        await stage.run(context);
        metrics.push({ metric: stage.name, value: (performance.now() - t0) / 1000, unit: "s" });
      }
      const total = (performance.now() - started) / 1000;
      const spine = metrics.filter((m) => SPINE.has(m.metric));
      const spineTotal = spine.reduce((sum, m) => sum + m.value, 0);
      metrics.push({ metric: "land to publish, spine stages", value: spineTotal, unit: "s" });
      metrics.push({ metric: "total", value: total, unit: "s" });
      metrics.push({
        metric: "families per second",
        value: Math.round(families / total),
        unit: "1/s",
      });
      return metrics;
    } finally {
      await closeLake();
      await database.release();
      if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
