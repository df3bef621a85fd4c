import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { BASE } from "./page-timing";

const Secrets = z.object({ CRON_SECRET: z.string().min(1) });
const Started = z.object({ runId: z.uuid() });
const Run = z.object({ status: z.string(), durationMs: z.number().nullable() });
export type Run = z.output<typeof Run>;

/** How often a finishing run is asked for its status. */
const POLL_MS = 5_000;

/**
 * The cron secret the portal checks: its environment's, else the one an embedded installation
 * generated into the data folder. Never printed.
 */
export function cronSecret(dataDir: string): string {
  if (process.env.CRON_SECRET) return process.env.CRON_SECRET;
  const file = path.join(dataDir, "secrets.json");
  const secrets = Secrets.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!secrets.success) throw new Error(`${file} holds no CRON_SECRET`);

  return secrets.data.CRON_SECRET;
}

/** Starts a sync of the date as the nightly cron does, through the running portal. */
export async function startSync(secret: string, date: string): Promise<string> {
  const response = await fetch(`${BASE}/api/cron/sync?date=${date}`, {
    method: "POST",
    headers: { authorization: `Bearer ${secret}` },
  });
  if (response.status !== 202) {
    throw new Error(`the sync did not start (${response.status}): ${await response.text()}`);
  }

  return Started.parse(await response.json()).runId;
}

/** The run as the status route shows it. */
export async function syncRun(secret: string, runId: string): Promise<Run> {
  const response = await fetch(`${BASE}/api/sync/runs/${runId}`, {
    headers: { authorization: `Bearer ${secret}` },
  });
  if (response.status !== 200) throw new Error(`the run's status answered ${response.status}`);

  return Run.parse(await response.json());
}

/** Waits for the run to end, or for the timeout: then the run is returned still running. */
export async function waitForRun(secret: string, runId: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let run = await syncRun(secret, runId);
  while (run.status === "running" && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    run = await syncRun(secret, runId);
  }

  return run;
}
