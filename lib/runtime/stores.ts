import { getLake } from "../clickhouse/client";
import { migrateLake, type MigrationPlan } from "../clickhouse/migrate";
import { placementOf } from "../clickhouse/placement";
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { migratePostgres } from "../db/migrate";
import { postgresDir } from "../db/server";
import { embeddedSecrets, type Env } from "../env";
import { log } from "../log";

export type Stores = { databaseUrl: string; stop: () => Promise<void> };

/**
 * Brings up the Postgres the portal uses: DATABASE_URL, or a real server started from the
 * embedded-postgres package in DATA_DIR. The address is handed to the rest of the process in
 * PORTAL_DATABASE_URL, which lib/db/client.ts reads.
 */
export async function startStores(env: Env): Promise<Stores> {
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL, stop: async () => {} };

  const password = embeddedSecrets(env.dataDir).POSTGRES_PASSWORD ?? "";
  const server = await startEmbeddedPostgres({ pgDir: postgresDir(env.dataDir), password });
  process.env.PORTAL_DATABASE_URL = server.url;
  return { databaseUrl: server.url, stop: server.stop };
}

/** Prisma's migrations first, then the lake's; both are no-ops when nothing is pending. */
export async function migrateStores(
  env: Env,
  databaseUrl: string,
  options: { dryRun?: boolean } = {},
): Promise<MigrationPlan> {
  const started = Date.now();
  if (!options.dryRun) await migratePostgres(databaseUrl);
  const plan = await migrateLake(await getLake(), placementOf(env), options);
  log.info(
    { pending: plan.pending.length, dryRun: Boolean(options.dryRun), ms: Date.now() - started },
    "migrations checked",
  );
  return plan;
}
