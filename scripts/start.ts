// npm start: brings the whole portal up on one machine. Starts the stores (embedded unless
// DATABASE_URL / CLICKHOUSE_URL are set), applies migrations, seeds the demo accounts in
// embedded mode, builds when the sources changed, and serves on PORT.
import { closeLake } from "../lib/clickhouse/client";
import { closeDb, getDb } from "../lib/db/client";
import { DEMO_PASSWORD, DEMO_USERS } from "../lib/db/demo-users";
import { seedDemoUsers } from "../lib/db/seed";
import { ConfigError, getEnv } from "../lib/env";
import { log } from "../lib/log";
import { buildIsStale, buildPortal } from "../lib/runtime/build";
import { servePortal } from "../lib/runtime/http-server";
import { acquirePortalLock, LockError } from "../lib/runtime/lock";
import { migrateStores, startStores } from "../lib/runtime/stores";

const dev = process.argv.includes("--dev");

function loadEnv() {
  try {
    return getEnv();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

function printBanner(url: string, embedded: boolean) {
  console.log(`\nFamily Card Portal is running at ${url}\n`);
  if (!embedded) return;
  console.log(`Demo accounts (password for all: ${DEMO_PASSWORD}):`);
  for (const user of DEMO_USERS) {
    const scope = user.districtCode ?? user.regionCode ?? "national";
    console.log(`  ${user.login.padEnd(22)} ${user.role.padEnd(17)} ${scope}`);
  }
  console.log("\nPress Ctrl-C to stop.\n");
}

const env = loadEnv();
let releaseLock: () => void;
try {
  releaseLock = acquirePortalLock(env.dataDir);
} catch (error) {
  if (!(error instanceof LockError)) throw error;
  console.error(error.message);
  process.exit(1);
}
process.env.NEXTAUTH_URL ??= env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;

const stores = await startStores(env);
await migrateStores(env, stores.databaseUrl);
if (env.mode === "embedded") {
  const created = await seedDemoUsers(getDb());
  if (created > 0) log.info({ created }, "demo accounts created");
}
if (!dev && buildIsStale()) {
  log.info("building the portal (sources changed since the last build)");
  await buildPortal();
}
const server = await servePortal({ port: env.PORT, dev, trustProxy: env.TRUST_PROXY });
printBanner(server.url, env.mode === "embedded");

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "stopping the portal");
  releaseLock();
  await server.close();
  await closeLake();
  await closeDb();
  await stores.stop();
  process.exit(0);
}
process.once("SIGINT", () => void shutdown("SIGINT"));
process.once("SIGTERM", () => void shutdown("SIGTERM"));
