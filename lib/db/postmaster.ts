import fs from "node:fs";
import path from "node:path";

/** What Postgres's own lock file says about a server on a data folder. */
export type Postmaster = { pid: number; port: number };

export function readPostmaster(pgDir: string): Postmaster | null {
  const file = path.join(pgDir, "postmaster.pid");
  if (!fs.existsSync(file)) return null;

  const [pid, , , port] = fs.readFileSync(file, "utf8").split("\n");
  const parsed = { pid: Number(pid), port: Number(port) };
  return Number.isInteger(parsed.pid) && parsed.pid > 0 ? parsed : null;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Asks a server to shut down fast (SIGINT), and kills it when it has not after the grace. */
export async function stopPostmaster(pid: number, graceMs = 15_000): Promise<void> {
  if (!isAlive(pid)) return;

  process.kill(pid, "SIGINT");
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
}
