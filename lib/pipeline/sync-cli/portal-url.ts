import fs from "node:fs";
import path from "node:path";
import { isAlive } from "../../db/postmaster";
import type { Env } from "../../env";

/** Whether a portal process holds this data folder (see lib/runtime/lock.ts). */
function portalIsRunning(dataDir: string): boolean {
  const file = path.join(dataDir, "portal.pid");
  if (!fs.existsSync(file)) return false;

  const pid = Number(fs.readFileSync(file, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid);
}

/**
 * The portal that should run the sync, or null to run it in this process. A running portal
 * owns the embedded lake, so the command must go through it rather than open the lake itself.
 */
export function portalUrl(flag: string | null, env: Env): string | null {
  if (flag) return flag;
  if (env.PUBLIC_URL) return env.PUBLIC_URL;

  return portalIsRunning(env.dataDir) ? `http://localhost:${env.PORT}` : null;
}
