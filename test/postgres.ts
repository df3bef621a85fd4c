import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "../lib/db/embedded-postgres";

export type TestPostgres = RunningPostgres & { dir: string };

/** A real PostgreSQL server in a fresh temporary folder, for one test file. */
export async function startTestPostgres(): Promise<TestPostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-pg-"));
  // As root the server runs as the postgres user, which must be able to enter the folder.
  fs.chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({ pgDir: path.join(dir, "pg"), password: "test" });
  return {
    ...server,
    dir,
    stop: async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
