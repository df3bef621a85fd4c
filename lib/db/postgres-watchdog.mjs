// Started detached beside an embedded Postgres. When the portal process that owns the server
// dies without stopping it (SIGKILL, out of memory), this stops the server, so no orphaned
// Postgres is left behind. It exits by itself once the server is gone.
// Usage: node postgres-watchdog.mjs <owner pid> <postgres data folder>
import fs from "node:fs";
import path from "node:path";

const [ownerPid, pgDir] = [Number(process.argv[2]), process.argv[3]];

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

function postmasterPid() {
  try {
    const first = fs.readFileSync(path.join(pgDir, "postmaster.pid"), "utf8").split("\n")[0];
    return Number(first) || null;
  } catch {
    return null;
  }
}

async function stopServer(pid) {
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + 15_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) process.kill(pid, "SIGKILL");
}

const timer = setInterval(async () => {
  const server = postmasterPid();
  if (!server || !alive(server)) process.exit(0);
  if (alive(ownerPid)) return;

  clearInterval(timer);
  await stopServer(server);
  process.exit(0);
}, 500);
