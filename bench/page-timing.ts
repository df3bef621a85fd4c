import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { DEMO_PASSWORD } from "../lib/db/demo-users";
import { percentile, timed } from "./percentile";
import type { Metric } from "./types";

export const PORT = 3457;
export const BASE = `http://localhost:${PORT}`;

/** Starts the portal as `npm start` does, on the bench's data folder, and waits for health. */
export async function startPortal(dataDir: string): Promise<ChildProcess> {
  const script = path.join(import.meta.dirname, "..", "scripts", "start.ts");
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(PORT),
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 900; i++) {
    if (child.exitCode !== null) throw new Error(`the portal exited with ${child.exitCode}`);
    const healthy = await fetch(`${BASE}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return child;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  child.kill("SIGTERM");
  throw new Error("the portal did not become healthy in 15 minutes");
}

const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");

/** Stops the portal as Ctrl-C would, and waits until it has exited. */
export async function stopPortal(portal: ChildProcess): Promise<void> {
  if (portal.exitCode !== null || portal.signalCode !== null) return;
  const exited = new Promise((resolve) => portal.once("exit", resolve));
  portal.kill("SIGTERM");
  await exited;
}

/** Signs a demo user in through the credentials form's own endpoint; returns the cookies. */
export async function signIn(login: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiesOf(csrf),
    },
    body: new URLSearchParams({ csrfToken, login, password: DEMO_PASSWORD, json: "true" }),
  });
  const session = cookiesOf(response);
  if (!session.includes("session-token")) throw new Error(`${login} could not sign in`);
  return session;
}

/**
 * Each page rendered on the server, timed from request to the last byte of its HTML, for each
 * user (after two warm-up requests): p50 and p95 per page.
 */
export async function pageTimings(
  dataDir: string,
  logins: string[],
  pages: { name: string; path: string }[],
  times = 15,
): Promise<Metric[]> {
  const portal = await startPortal(dataDir);
  try {
    const samples = new Map<string, number[]>(pages.map((page) => [page.name, []]));
    for (const login of logins) {
      const cookie = await signIn(login);
      for (const page of pages) {
        const get = async () => {
          const response = await fetch(`${BASE}${page.path}`, { headers: { cookie } });
          if (response.status !== 200) throw new Error(`${page.path}: ${response.status}`);
          await response.text();
        };
        for (let i = 0; i < 2; i++) await get();
        for (let i = 0; i < times; i++) samples.get(page.name)!.push(await timed(get));
      }
    }
    return [...samples].flatMap(([name, values]) => [
      { metric: `${name} page p50`, value: percentile(values, 50), unit: "ms" },
      { metric: `${name} page p95`, value: percentile(values, 95), unit: "ms" },
    ]);
  } finally {
    await stopPortal(portal);
  }
}
