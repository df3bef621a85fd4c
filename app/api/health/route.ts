import { getLake } from "@/lib/clickhouse/client";
import { getDb } from "@/lib/db/client";
import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

/** GET /api/health: 200 when both stores answer, else 503 naming the store that is down. */
export async function GET() {
  const health = await checkHealth({ db: getDb, lake: getLake });
  const status = health.status === "ok" ? 200 : 503;
  const message =
    status === 200 ? "Both stores answer." : `Store down: ${health.down.join(" and ")}.`;
  return Response.json(
    { ...health, message },
    { status, headers: { "cache-control": "no-store" } },
  );
}
