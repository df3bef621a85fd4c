// npm start: brings the whole portal up on one machine. Starts the stores (embedded unless
// DATABASE_URL / CLICKHOUSE_URL are set), applies migrations, seeds the demo accounts in
// embedded mode, builds when the sources changed, and serves on PORT.
import { DEMO_PASSWORD, DEMO_USERS } from "../lib/db/demo-users";
import { ConfigError, getEnv } from "../lib/env";
import { log } from "../lib/log";
import { bootStores } from "../lib/runtime/boot";
import { buildIsStale, buildPortal } from "../lib/runtime/build";
import { prepareDemoCountry } from "../lib/runtime/first-run";
import { servePortal } from "../lib/runtime/http-server";
import { LockError } from "../lib/runtime/lock";
import { startAnomalyRounds } from "../lib/runtime/anomalies";
import { startNotifications } from "../lib/runtime/notifications";

const dev = process.argv.includes("--dev");

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

async function main() {
  const env = getEnv();
  process.env.NEXTAUTH_URL ??= env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  const booted = await bootStores(env);
  await prepareDemoCountry(env, booted.stores.databaseUrl);
  if (!dev && buildIsStale()) {
    log.info("building the portal (sources changed since the last build)");
    await buildPortal();
  }
  const server = await servePortal({ port: env.PORT, dev, trustProxy: env.TRUST_PROXY });
  const stopNotifications = await startNotifications(env);
  const stopAnomalyRounds = startAnomalyRounds(env);
  printBanner(server.url, env.mode === "embedded");

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping the portal");
    stopAnomalyRounds();
    await stopNotifications();
    await server.close();
    await booted.shutdown();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

try {
  await main();
} catch (error) {
  if (!(error instanceof ConfigError || error instanceof LockError)) throw error;
  console.error(error.message);
  process.exit(1);
}
