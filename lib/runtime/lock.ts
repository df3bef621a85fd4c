import fs from "node:fs";
import path from "node:path";
import { isAlive } from "../db/postmaster";

export class LockError extends Error {
  override name = "LockError";
}

/**
 * One portal process per data folder: chDB's files belong to one process, and the embedded
 * Postgres to the portal that started it. A lock left by a process that died is taken over.
 */
export function acquirePortalLock(dataDir: string): () => void {
  const file = path.join(dataDir, "portal.pid");
  fs.mkdirSync(dataDir, { recursive: true });
  if (fs.existsSync(file)) {
    const pid = Number(fs.readFileSync(file, "utf8").trim());
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new LockError(
        `Another portal process (pid ${pid}) is using ${dataDir}. Stop it first, or set ` +
          "DATA_DIR to another folder.",
      );
    }
  }

  fs.writeFileSync(file, String(process.pid));
  return () => {
    const holder = fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : "";
    if (holder === String(process.pid)) fs.rmSync(file, { force: true });
  };
}
