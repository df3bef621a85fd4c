import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PortalUser } from "../lib/auth/user";
import { createCases } from "../lib/cases/create-cases";
import { listCases } from "../lib/cases/worklist";
import { closeDb, getDb } from "../lib/db/client";
import { migratePostgres } from "../lib/db/migrate";
import { resolveDatabaseUrl } from "../lib/db/server";
import { parseVaultKeys } from "../lib/identity/vault-keys";
import { benchCandidates, fillCases, REVIEW_DAYS, seedStaff } from "./cases-fixtures";
import { percentile, timed } from "./percentile";
import type { Bench, Metric } from "./types";

const TOTAL_CASES = 1_000_000;
const NOW = new Date("2026-12-02T08:00:00Z");

const ms = (metric: string, value: number): Metric => ({ metric, value, unit: "ms" });

/** The first two pages of a worklist, each timed. */
async function pages(user: PortalUser, view: "mine" | "team", filters = {}): Promise<number[]> {
  const db = getDb();
  const times: number[] = [];
  let after: string | undefined;
  for (let page = 0; page < 2; page++) {
    let next: string | null = null;
    const read = async () =>
      (next = (await listCases(db, user, { view, after, ...filters }, NOW)).next);
    times.push(await timed(read));
    if (!next) break;
    after = next;
  }
  return times;
}

/**
 * The case workflow at national scale: creating cases for N new candidates (default 100,000,
 * identities sealed, assigned by workload) into an empty table, then worklist pages (counts
 * by state, overdue first, keyset) with 1,000,000 cases in Postgres.
 */
export const casesBench: Bench = {
  description: "case creation from new candidates, worklist pages with 1 M cases",
  defaultFamilies: 100_000,
  async run({ families }) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-cases-"));
    fs.chmodSync(dataDir, 0o755);
    process.env.DATA_DIR = dataDir;
    process.env.LOG_LEVEL ??= "warn";
    const database = await resolveDatabaseUrl();
    process.env.PORTAL_DATABASE_URL = database.url;
    try {
      await migratePostgres(database.url);
      const db = getDb();
      const staff = await seedStaff(db);
      const keys = parseVaultKeys(`v1:${"bench".repeat(8)}`);
      const candidates = benchCandidates(families);
      const options = { now: NOW, reviewDays: REVIEW_DAYS, cooloffDays: 90, vaultKeys: keys };

      const metrics: Metric[] = [];
      let created = 0;
      const create = await timed(async () => {
        created = (await createCases(db, candidates, options)).created;
      });
      metrics.push({ metric: "cases created", value: created, unit: "cases" });
      metrics.push({ metric: "create cases", value: create / 1000, unit: "s" });
      const rerun = await timed(() => createCases(db, candidates, options));
      metrics.push({ metric: "rerun (creates none)", value: rerun / 1000, unit: "s" });

      await fillCases(db, TOTAL_CASES, NOW);
      metrics.push({ metric: "cases in Postgres", value: await db.case.count(), unit: "cases" });

      const pick = (role: string, n: number) =>
        staff
          .filter((u) => u.role === role)
          .filter((_, i) => i % 3 === 0)
          .slice(0, n);
      const mine: number[] = [];
      for (const worker of pick("social_worker", 150)) mine.push(...(await pages(worker, "mine")));
      const team: number[] = [];
      for (const lead of pick("supervisor", 60)) team.push(...(await pages(lead, "team")));
      for (const lead of pick("supervisor", 30)) {
        team.push(...(await pages(lead, "team", { state: "in_review", overdue: "true" })));
      }
      const region: number[] = [];
      for (const manager of pick("regional_manager", 20)) {
        region.push(...(await pages(manager, "team")));
      }
      const all = [...mine, ...team, ...region];
      metrics.push(ms("worklist p50", percentile(all, 50)));
      metrics.push(ms("worklist p95", percentile(all, 95)));
      metrics.push(ms("my cases p95", percentile(mine, 95)));
      metrics.push(ms("district team p95", percentile(team, 95)));
      metrics.push(ms("region team p95", percentile(region, 95)));
      return metrics;
    } finally {
      await closeDb();
      await database.release();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
