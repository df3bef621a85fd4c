import path from "node:path";
import { embeddedSecrets, getEnv } from "../env";
import { embeddedUrl, startEmbeddedPostgres } from "./embedded-postgres";
import { isAlive, readPostmaster } from "./postmaster";

export type DatabaseHandle = { url: string; release: () => Promise<void> };

export function postgresDir(dataDir: string): string {
  return path.join(dataDir, "postgres");
}

/**
 * The Postgres a command-line tool should use: DATABASE_URL when set; else the embedded server
 * already running for this DATA_DIR (the portal's); else an embedded server started for the
 * command, stopped again by `release`.
 */
export async function resolveDatabaseUrl(): Promise<DatabaseHandle> {
  const env = getEnv();
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, release: async () => {} };

  const pgDir = postgresDir(env.dataDir);
  const password = embeddedSecrets(env.dataDir).POSTGRES_PASSWORD ?? "";
  const running = readPostmaster(pgDir);
  if (running && isAlive(running.pid)) {
    return { url: embeddedUrl(running.port, password), release: async () => {} };
  }

  const server = await startEmbeddedPostgres({ pgDir, password });
  return { url: server.url, release: server.stop };
}
