import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Scope } from "../lib/auth/scope";
import { closeLake, getLake, type LakeClient } from "../lib/clickhouse/client";
import { migrateLake } from "../lib/clickhouse/migrate";
import { scopeArea } from "../lib/dashboards/area";
import { areaSums } from "../lib/dashboards/area-sums";
import { classMovement } from "../lib/dashboards/class-movement";
import { forgetTransitions } from "../lib/dashboards/class-transitions";
import { drivers } from "../lib/dashboards/drivers";
import { loadOverview } from "../lib/dashboards/views/overview";
import { loadServices } from "../lib/dashboards/views/services";
import { closeDb, getDb, type Db } from "../lib/db/client";
import { migratePostgres } from "../lib/db/migrate";
import { resolveDatabaseUrl } from "../lib/db/server";
import { getEnv } from "../lib/env";
import { pageTimings } from "./page-timing";
import { percentile, timed } from "./percentile";
import { DATE } from "./sync";
import { ensureSynced, LATER } from "./synced-country";
import type { Bench, Metric } from "./types";

const TIMES = 30;

const SCOPES: Scope[] = [
  { level: "national" },
  { level: "region", regionCode: "KZ-61" },
  { level: "region", regionCode: "KZ-75" },
  { level: "district", regionCode: "KZ-75", districtCode: "751410000" },
];

const PAGES = [
  { name: "overview", path: "/dashboards" },
  { name: "movement", path: "/dashboards/movement" },
  { name: "drivers", path: "/dashboards/drivers" },
  { name: "map", path: "/dashboards/map" },
  { name: "services", path: "/dashboards/services" },
  { name: "trends", path: "/dashboards/trends" },
];

/** Decisions the bench gives the services dashboard to read, once, if none were made. */
const DECISIONS = 200_000;

/**
 * A sync only finds cases; the services dashboard's decision times need decisions. The first
 * DECISIONS candidates are approved at random times in the last 60 days, found up to ten days
 * before, with their events: the database's own triggers keep the summaries, as in use.
 */
async function seedDecisions(db: Db): Promise<Metric[]> {
  const [made] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM case_decisions`;
  if ((made?.n ?? 0) > 0) return [];
  const seconds = await timed(
    () => db.$executeRaw`
      WITH picked AS (
        SELECT id, now() - random() * interval '60 days' AS decided
        FROM cases WHERE state = 'candidate' ORDER BY id LIMIT ${DECISIONS}
      ), moved AS (
        UPDATE cases c SET state = 'approved', recommendation = 'approve',
          version = c.version + 1, created_at = p.decided - random() * interval '240 hours'
        FROM picked p WHERE c.id = p.id
        RETURNING c.id, p.decided
      )
      INSERT INTO case_events (case_id, at, actor_system, from_state, to_state, reason)
      SELECT id, decided, 'bench', 'in_review', 'approved', 'entitlement_confirmed'
      FROM moved`,
  );
  return [{ metric: `approve ${DECISIONS} cases (setup)`, value: seconds / 1000, unit: "s" }];
}

/** Each dashboard's reads for every scope of SCOPES, TIMES times each: p50 and p95. */
async function queryTimings(lake: LakeClient, db: Db): Promise<Metric[]> {
  const reads: Record<string, (scope: Scope) => Promise<unknown>> = {
    overview: (scope) =>
      loadOverview(lake, scope, scopeArea(scope), { date: LATER, previous: DATE, since: null }),
    movement: (scope) => classMovement(lake, scope, scopeArea(scope), DATE, LATER),
    drivers: (scope) => drivers(lake, db, scope, scopeArea(scope), LATER),
    map: (scope) => areaSums(lake, scope, scopeArea(scope), [LATER], true),
    trends: (scope) => areaSums(lake, scope, scopeArea(scope), null, false),
    // As a supervisor would read them, caseloads included; cases as they stand now.
    services: (scope) =>
      loadServices(db, { role: "supervisor", scope }, scopeArea(scope), {
        now: new Date(),
        periodDays: 90,
      }),
  };
  const metrics: Metric[] = [];
  for (const [name, read] of Object.entries(reads)) {
    const samples: number[] = [];
    for (const scope of SCOPES) {
      await read(scope);
      for (let i = 0; i < TIMES; i++) samples.push(await timed(() => read(scope)));
    }
    metrics.push({ metric: `${name} query p50`, value: percentile(samples, 50), unit: "ms" });
    metrics.push({ metric: `${name} query p95`, value: percentile(samples, 95), unit: "ms" });
  }
  return metrics;
}

/** The class movement of a pair never asked for before: joined once, then kept. */
async function newPairTiming(lake: LakeClient): Promise<Metric> {
  await forgetTransitions(lake, LATER, null);
  const national = { level: "national" } as const;
  const seconds = await timed(() => classMovement(lake, national, national, DATE, LATER));
  return { metric: "movement of a new pair (once)", value: seconds / 1000, unit: "s" };
}

/**
 * The dashboards at scale: two snapshots four weeks apart are generated and synced (kept with
 * --keep DIR), then each dashboard's queries are timed for a national, two regional and a
 * district scope, and each page is timed as the portal serves it.
 */
export const dashboardsBench: Bench = {
  description: "dashboard queries and server-rendered pages over two synced snapshots",
  defaultFamilies: 100_000,
  async run({ families, keep }) {
    const dataDir = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), "bench-"));
    fs.mkdirSync(dataDir, { recursive: true });
    fs.chmodSync(dataDir, 0o755);
    process.env.DATA_DIR = dataDir;
    process.env.LOG_LEVEL ??= "warn";
    const metrics: Metric[] = [];
    const database = await resolveDatabaseUrl();
    process.env.PORTAL_DATABASE_URL = database.url;
    try {
      await migratePostgres(database.url);
      const lake = await getLake();
      await migrateLake(lake, { database: getEnv().CLICKHOUSE_DATABASE });
      for (const date of [DATE, LATER]) {
        metrics.push(...(await ensureSynced(lake, dataDir, families, date)));
      }
      metrics.push(...(await seedDecisions(getDb())));
      metrics.push(...(await queryTimings(lake, getDb())));
      metrics.push(await newPairTiming(lake));
    } finally {
      await closeLake();
      await closeDb();
      await database.release();
    }
    try {
      metrics.push(...(await pageTimings(dataDir, ["analyst", "manager.almaty"], PAGES)));
    } finally {
      if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
    }
    return metrics;
  },
};
