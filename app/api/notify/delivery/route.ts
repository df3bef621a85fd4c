// POST /api/notify/delivery: the SMS provider's delivery report, {"id": provider id,
// "status": "delivered" | "failed"}, with Authorization: Bearer <CRON_SECRET>.
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { DeliveryReport, recordDeliveryReport } from "@/lib/notify/delivery-report";
import { checkCronSecret } from "@/lib/pipeline/cron-secret";

export const dynamic = "force-dynamic";

const answer = (body: object, status: number) =>
  Response.json(body, { status, headers: { "cache-control": "no-store" } });

export async function POST(request: Request) {
  const check = checkCronSecret(request.headers.get("authorization"), getEnv().CRON_SECRET);
  if (!check.ok) return answer({ error: check.error }, 401);

  const body: unknown = await request.json().catch(() => null);
  const report = DeliveryReport.safeParse(body);
  if (!report.success) {
    return answer({ error: report.error.issues.map((issue) => issue.message).join("; ") }, 400);
  }
  const known = await recordDeliveryReport(getDb(), report.data);
  return answer({ recorded: known }, known ? 200 : 404);
}
