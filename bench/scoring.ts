import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { LakeClient } from "../lib/clickhouse/client";
import { closeLake, getLake } from "../lib/clickhouse/client";
import { migrateLake } from "../lib/clickhouse/migrate";
import { closeDb, getDb } from "../lib/db/client";
import { migratePostgres } from "../lib/db/migrate";
import { resolveDatabaseUrl } from "../lib/db/server";
import { getEnv } from "../lib/env";
import { familyCardView } from "../lib/families/card-view";
import { listFamilies, type Cursor } from "../lib/families/list-families";
import { indicators } from "../lib/pipeline/indicators";
import { localContext } from "../lib/pipeline/local-context";
import { score } from "../lib/pipeline/score";
import { syncStages } from "../lib/pipeline/stages";
import { defaultConfig } from "../lib/scoring/config/default-config";
import { resolveConfig } from "../lib/scoring/config/resolve-config";
import { activeConfig } from "../lib/scoring/config/store";
import { simulate } from "../lib/scoring/simulate";
import { percentile, timed } from "./percentile";
import { DATE, generateCountry, summaryFile } from "./sync";
import type { Bench, Metric } from "./types";

async function column<T>(lake: LakeClient, query: string): Promise<T[]> {
  const result = await lake.query({ query, query_params: { d: DATE }, format: "JSONEachRow" });
  return (await result.json<{ v: T }>()).map((row) => row.v);
}

async function published(lake: LakeClient): Promise<boolean> {
  const [n] = await column<number>(
    lake,
    "SELECT toUInt32(count()) AS v FROM snapshots WHERE snapshot_date = {d:Date}",
  );
  return (n ?? 0) > 0;
}

/**
 * Waits (at most two minutes) until the lake's background merges after the stages are done:
 * the portal's reads happen in the day, long after the night's writes have been merged.
 */
async function mergesSettled(lake: LakeClient): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const [running] = await column<number>(
      lake,
      "SELECT toUInt32(count()) AS v FROM system.merges",
    );
    if (!running) return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

const ms = (metric: string, value: number): Metric => ({ metric, value, unit: "ms" });
const s = (metric: string, value: number): Metric => ({ metric, value: value / 1000, unit: "s" });

/**
 * The Family Card's reads at scale: the indicators and score stages, a policy simulation of a
 * draft over the whole snapshot, a family card's data and a families-list page (p50/p95).
 * With --keep DIR the country is generated and synced once and reused.
 */
export const scoringBench: Bench = {
  description: "indicators and score stages, simulation, family card and list reads",
  defaultFamilies: 100_000,
  async run({ families, keep }) {
    const dataDir = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), "bench-"));
    fs.mkdirSync(dataDir, { recursive: true });
    fs.chmodSync(dataDir, 0o755);
    process.env.DATA_DIR = dataDir;
    process.env.LOG_LEVEL ??= "warn";
    const database = await resolveDatabaseUrl();
    process.env.PORTAL_DATABASE_URL = database.url;
    try {
      if (!fs.existsSync(summaryFile(dataDir))) generateCountry(dataDir, families);
      await migratePostgres(database.url);
      const env = getEnv();
      const lake = await getLake();
      const db = getDb();
      await migrateLake(lake, { database: env.CLICKHOUSE_DATABASE });
      const context = localContext({ runId: "bench", snapshotDate: DATE, env, lake, db });
      if (!(await published(lake))) {
        for (const stage of syncStages()) await stage.run(context);
      }

      const metrics: Metric[] = [s("indicators stage", await timed(() => indicators.run(context)))];
      const scoring: number[] = [];
      for (let i = 0; i < 3; i++) scoring.push(await timed(() => score.run(context)));
      metrics.push(s("score stage, best of 3", Math.min(...scoring)));

      await mergesSettled(lake);
      const active = await activeConfig(db);
      const draft = resolveConfig({
        ...defaultConfig(),
        k: "1/5",
        bands: { B: "1/25", C: "1/10", D: "1/4", E: "1/3" },
      });
      const simulations: number[] = [];
      for (let i = 0; i < 5; i++) {
        const run = () => simulate({ lake, snapshotDate: DATE, active: active.config, draft });
        simulations.push(await timed(run));
      }
      metrics.push(s("simulation p50", percentile(simulations, 50)));
      metrics.push(s("simulation max", Math.max(...simulations)));

      const ids = await column<string>(
        lake,
        `SELECT family_id AS v FROM family_scores WHERE snapshot_date = {d:Date}
         ORDER BY cityHash64(family_id) LIMIT 200`,
      );
      const national = { level: "national" } as const;
      const cards: number[] = [];
      for (const familyId of ids) {
        const read = () =>
          familyCardView({ lake, db, scope: national, snapshotDate: DATE, familyId });
        cards.push(await timed(read));
      }
      metrics.push(ms("family card p50", percentile(cards, 50)));
      metrics.push(ms("family card p95", percentile(cards, 95)));

      const districts = await column<string>(
        lake,
        `SELECT DISTINCT district_kato AS v FROM family_scores
         WHERE snapshot_date = {d:Date} AND district_kato != '' LIMIT 60`,
      );
      const pages: number[] = [];
      for (const kato of districts) {
        const scope = { level: "district", regionCode: "", districtCode: kato } as const;
        let after: Cursor | undefined;
        for (let page = 0; page < 3; page++) {
          const options = { lake, scope, snapshotDate: DATE, filters: {}, after };
          let next: Cursor | null = null;
          pages.push(await timed(async () => (next = (await listFamilies(options)).next)));
          if (!next) break;
          after = next;
        }
      }
      metrics.push(ms("families list page p50", percentile(pages, 50)));
      metrics.push(ms("families list page p95", percentile(pages, 95)));
      return metrics;
    } finally {
      await closeLake();
      await closeDb();
      await database.release();
      if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
