import { closeLake } from "../clickhouse/client";
import { closeDb, getDb } from "../db/client";
import { seedDemoUsers } from "../db/seed";
import type { Env } from "../env";
import { log } from "../log";
import { acquirePortalLock } from "./lock";
import { migrateStores, startStores, type Stores } from "./stores";

export type BootedStores = { stores: Stores; shutdown: () => Promise<void> };

/**
 * Everything `npm start` does before serving: takes the data folder's lock, starts the stores,
 * migrates both and, in embedded mode, seeds the demo accounts.
 */
export async function bootStores(env: Env): Promise<BootedStores> {
  const releaseLock = acquirePortalLock(env.dataDir);
  const stores = await startStores(env);
  await migrateStores(env, stores.databaseUrl);
  if (env.mode === "embedded") {
    const created = await seedDemoUsers(getDb());
    if (created > 0) log.info({ created }, "demo accounts created");
  }

  const shutdown = async () => {
    releaseLock();
    await closeLake();
    await closeDb();
    await stores.stop();
  };
  return { stores, shutdown };
}
