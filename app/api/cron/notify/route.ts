// POST /api/cron/notify: one round of the citizen notifications (offers for approved cases,
// reminders, expiry, sending the outbox), for hosts where no portal process runs the rounds
// itself (NOTIFY_INTERVAL_SECONDS=0, serverless). Needs Authorization: Bearer <CRON_SECRET>.
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { channelsOf, notifyTick } from "@/lib/notify/notifier";
import { checkCronSecret } from "@/lib/pipeline/cron-secret";

export const dynamic = "force-dynamic";

const answer = (body: object, status: number) =>
  Response.json(body, { status, headers: { "cache-control": "no-store" } });

export async function POST(request: Request) {
  const env = getEnv();
  const check = checkCronSecret(request.headers.get("authorization"), env.CRON_SECRET);
  if (!check.ok) return answer({ error: check.error }, 401);

  const counts = await notifyTick(getDb(), env, channelsOf(env));
  return answer(counts, 200);
}
