// GET or POST /api/cron/sync[?date=YYYY-MM-DD]: starts the nightly sync, every night at 01:00
// UTC (after the registries' deliveries) from Vercel cron, a Kubernetes CronJob or Airflow;
// see docs/sync.md. Needs Authorization: Bearer <CRON_SECRET>. Answers 202 at once with the
// run's status URL; the run goes on in this process.
import { after } from "next/server";
import { z } from "zod";
import { clientAddress } from "@/lib/auth/options";
import { getEnv } from "@/lib/env";
import { checkCronSecret } from "@/lib/pipeline/cron-secret";
import { snapshotDateSchema, todayUtc } from "@/lib/pipeline/snapshot-date";
import { triggerSync } from "@/lib/pipeline/trigger-sync";

export const dynamic = "force-dynamic";
// On a serverless host the function lives this long at most, the run included (see `after`).
export const maxDuration = 300;

const querySchema = z.object({
  date: snapshotDateSchema.optional(),
  trigger: z.enum(["cron", "cli"], { error: "trigger must be cron or cli." }).default("cron"),
});

const answer = (body: object, status: number) =>
  Response.json(body, { status, headers: { "cache-control": "no-store" } });

/** Keeps a serverless function alive until the run ends; a long-lived server needs nothing. */
function keepAlive(work: Promise<unknown>) {
  try {
    after(work);
  } catch {
    // Outside a request (a test calling the handler), where the process outlives the run.
  }
}

async function trigger(request: Request): Promise<Response> {
  const env = getEnv();
  const check = checkCronSecret(request.headers.get("authorization"), env.CRON_SECRET);
  if (!check.ok) return answer({ error: check.error }, 401);

  const url = new URL(request.url);
  const query = querySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) {
    return answer({ error: query.error.issues.map((issue) => issue.message).join(" ") }, 400);
  }

  const result = await triggerSync({
    snapshotDate: query.data.date ?? todayUtc(),
    trigger: query.data.trigger,
    actor: null,
    address: clientAddress(request.headers),
  });
  if (!result.started) {
    const error = "A sync run is already going. Wait for it to finish, then trigger again.";
    return answer({ error, runningRunId: result.runningRunId }, 409);
  }

  keepAlive(result.finished);
  const statusUrl = new URL(`/api/sync/runs/${result.runId}`, env.PUBLIC_URL ?? url.origin);
  return answer({ runId: result.runId, statusUrl: statusUrl.toString() }, 202);
}

export async function GET(request: Request) {
  return trigger(request);
}

export async function POST(request: Request) {
  return trigger(request);
}
