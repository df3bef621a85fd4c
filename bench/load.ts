import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeLake, getLake, type LakeClient } from "../lib/clickhouse/client";
import { migrateLake } from "../lib/clickhouse/migrate";
import { closeDb, getDb } from "../lib/db/client";
import { migratePostgres } from "../lib/db/migrate";
import { seedDemoUsers } from "../lib/db/seed";
import { resolveDatabaseUrl } from "../lib/db/server";
import { getEnv } from "../lib/env";
import { signedInSessions, type Session } from "./load-browsing";
import { describeFailures, phaseMetrics, runLoad, type NotFound, type Phase } from "./load-phase";
import { cronSecret, startSync, syncRun, waitForRun, type Run } from "./load-sync";
import { BASE, startPortal, stopPortal } from "./page-timing";
import { DATE } from "./sync";
import { ensureGenerated, ensureSynced, isPublished, LATER } from "./synced-country";
import type { Bench, Metric } from "./types";

/** The 50 concurrent users, each a session of its own. */
const USERS = 50;

/** The demo users who browse families and cases: three workers, a supervisor, two managers. */
const LOGINS = [
  "worker.bostandyk",
  "worker2.bostandyk",
  "worker.maktaaral",
  "supervisor.bostandyk",
  "manager.almaty",
  "manager.turkistan",
];

/**
 * A person reads a page before asking for the next: each user asks for one page every
 * THINK_SECONDS, so 50 users ask for 25 pages a second together. The capacity phase drops the
 * pause to find how many pages a second the portal serves at most.
 */
const THINK_SECONDS = 2;

/** Not counted: the first requests of each page load its code and fill the stores' caches. */
const WARM_UP_SECONDS = 10;

/** A sync of 1 M families takes minutes alone and longer under load; waited for this long. */
const SYNC_TIMEOUT_MS = 60 * 60_000;

/**
 * A kept folder may hold LATER published by an earlier run (or by the dashboards bench). Its
 * row in `snapshots` is removed, as retention removes one, so that the portal reads DATE again
 * and the sync under load publishes LATER anew, as a new night's sync would.
 */
async function withdraw(lake: LakeClient, date: string): Promise<void> {
  if (!(await isPublished(lake, date))) return;

  await lake.command({
    query:
      "ALTER TABLE snapshots DELETE WHERE snapshot_date = {d:Date} " +
      "SETTINGS mutations_sync = 2",
    query_params: { d: date },
  });
}

/** DATE generated and synced, LATER generated only: the sync under load syncs it. */
async function prepareData(dataDir: string, families: number): Promise<Metric[]> {
  const database = await resolveDatabaseUrl();
  process.env.PORTAL_DATABASE_URL = database.url;
  try {
    await migratePostgres(database.url);
    // Before the first sync, so that its cases are assigned to the demo workers, as in use.
    await seedDemoUsers(getDb());
    const lake = await getLake();
    await migrateLake(lake, { database: getEnv().CLICKHOUSE_DATABASE });
    const metrics = await ensureSynced(lake, dataDir, families, DATE);
    ensureGenerated(dataDir, families, LATER);
    await withdraw(lake, LATER);

    return metrics;
  } finally {
    await closeLake();
    await closeDb();
    await database.release();
  }
}

/**
 * Responses that were 404 during the sync and still are once it has ended: family cards whose
 * family left the user's scope (a move) or changed its id (the anchor died) in the new
 * snapshot. Not a failure under load; any other 404 is.
 */
async function goneAfterPublish(notFound: Iterable<NotFound>): Promise<number> {
  let gone = 0;
  for (const { path, cookie, responses } of notFound) {
    const response = await fetch(`${BASE}${path}`, { headers: { cookie }, redirect: "manual" });
    if (response.status === 404) gone += responses;
  }

  return gone;
}

/** Whether the sync outlasted the load (1, yes) or not (0, no), and how and when its run ended. */
function syncMetrics(atLoadEnd: Run, finished: Run, waitedMs: number): Metric[] {
  const running = atLoadEnd.status === "running";
  const seconds = (finished.durationMs ?? waitedMs) / 1000;

  return [
    { metric: "sync running at load end", value: running ? 1 : 0, unit: running ? "yes" : "no" },
    { metric: `sync run ${finished.status}`, value: seconds, unit: "s" },
  ];
}

async function phase(
  name: string,
  sessions: Session[],
  seconds: number,
  rate?: number,
): Promise<Phase> {
  const result = await runLoad(sessions, seconds, rate);
  console.error(describeFailures(name, result));

  return result;
}

/** The portal under load on its own, then while it syncs LATER; the run awaited to its end. */
async function underLoad(dataDir: string, seconds: number): Promise<Metric[]> {
  const portal = await startPortal(dataDir);
  try {
    const sessions = await signedInSessions(LOGINS, USERS);
    const pace = USERS / THINK_SECONDS;
    await phase("warm-up", sessions, WARM_UP_SECONDS);
    const capacity = await phase("capacity, no pause", sessions, seconds);
    const alone = await phase("browsing", sessions, seconds, pace);

    const secret = cronSecret(dataDir);
    const runId = await startSync(secret, LATER);
    const started = performance.now();
    const during = await phase("during sync", sessions, seconds, pace);
    const atLoadEnd = await syncRun(secret, runId);
    console.error(`sync of ${LATER}: ${atLoadEnd.status} at the end of the load, waiting`);
    const finished = await waitForRun(secret, runId, SYNC_TIMEOUT_MS);
    const gone = await goneAfterPublish(during.tally.notFound.values());

    return [
      ...phaseMetrics("capacity, no pause", capacity),
      ...phaseMetrics("browsing", alone),
      ...phaseMetrics("during sync", during),
      { metric: "during sync: gone after publish", value: gone, unit: "responses" },
      ...syncMetrics(atLoadEnd, finished, performance.now() - started),
    ];
  } finally {
    await stopPortal(portal);
  }
}

/**
 * The load: USERS sessions of six demo users (workers, a supervisor, managers), each
 * on its own connection, browse family cards, case pages and worklists for --seconds, then the
 * same while the portal syncs a second snapshot four weeks later. DATE is synced first (kept with
 * --keep DIR); LATER is generated, and synced only under load.
 */
export const loadBench: Bench = {
  description: "50 users browsing family cards and worklists, then the same during a sync",
  defaultFamilies: 100_000,
  async run({ families, keep, seconds }) {
    const dataDir = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), "bench-"));
    fs.mkdirSync(dataDir, { recursive: true });
    // As root, the embedded Postgres runs as the postgres user, which must enter the folder.
    fs.chmodSync(dataDir, 0o755);
    process.env.DATA_DIR = dataDir;
    process.env.LOG_LEVEL ??= "warn";
    try {
      const metrics = await prepareData(dataDir, families);
      metrics.push(...(await underLoad(dataDir, seconds)));

      return metrics;
    } finally {
      if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
