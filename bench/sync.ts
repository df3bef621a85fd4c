import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeLake, getLake } from "../lib/clickhouse/client";
import { migrateLake } from "../lib/clickhouse/migrate";
import { resolveDatabaseUrl } from "../lib/db/server";
import { getEnv } from "../lib/env";
import { localContext } from "../lib/pipeline/local-context";
import { syncStages } from "../lib/pipeline/stages";
import type { Bench, Metric } from "./types";

const DATE = "2026-01-15";

/** Generates the country outside the timing, with the generator's own command. */
function generateCountry(dataDir: string, families: number): void {
  const script = path.join(import.meta.dirname, "..", "scripts", "generate.ts");
  const args = ["--import", "tsx", script, "--families", String(families), "--date", DATE];
  const result = spawnSync(process.execPath, [...args, "--seed", "1"], {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new Error(`the generator exited with ${result.status}`);
}

export const syncBench: Bench = {
  description: "land → validate → depersonalise → integrate → publish on embedded chDB",
  defaultFamilies: 100_000,
  async run({ families }) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-sync-"));
    fs.chmodSync(dataDir, 0o755);
    process.env.DATA_DIR = dataDir;
    process.env.LOG_LEVEL ??= "warn";
    const database = await resolveDatabaseUrl();
    process.env.PORTAL_DATABASE_URL = database.url;
    try {
      generateCountry(dataDir, families);
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
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
