// POST /api/cron/anomalies: one round of anomaly detection over the audit log (yesterday and
// today so far), for hosts where no portal process runs the rounds itself
// (ANOMALY_INTERVAL_MINUTES=0, serverless). Needs Authorization: Bearer <CRON_SECRET>.
import { detectRecentAnomalies } from "@/lib/audit/anomalies/detect";
import { thresholdsOf } from "@/lib/audit/anomalies/thresholds";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { checkCronSecret } from "@/lib/pipeline/cron-secret";

export const dynamic = "force-dynamic";

const answer = (body: object, status: number) =>
  Response.json(body, { status, headers: { "cache-control": "no-store" } });

export async function POST(request: Request) {
  const env = getEnv();
  const check = checkCronSecret(request.headers.get("authorization"), env.CRON_SECRET);
  if (!check.ok) return answer({ error: check.error }, 401);

  const days = await detectRecentAnomalies(getDb(), thresholdsOf(env));
  return answer({ days }, 200);
}
