import { canOpen } from "@/lib/auth/roles";
import { currentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { checkCronSecret } from "@/lib/pipeline/cron-secret";
import { runById } from "@/lib/pipeline/run-by-id";

export const dynamic = "force-dynamic";

const answer = (body: object, status: number) =>
  Response.json(body, { status, headers: { "cache-control": "no-store" } });

/** Why the request may not read runs, or null when it may: the cron secret or a session. */
async function refusal(request: Request): Promise<Response | null> {
  const cron = checkCronSecret(request.headers.get("authorization"), getEnv().CRON_SECRET);
  if (cron.ok) return null;

  // A scheduler sends no cookie; only a browser's request has a session worth reading.
  const user = request.headers.has("cookie") ? await currentUser() : null;
  if (!user) {
    const error = request.headers.has("authorization")
      ? cron.error
      : "Sign in as an analyst or administrator, or send Authorization: Bearer <CRON_SECRET>.";
    return answer({ error }, 401);
  }
  if (!canOpen(user.role, "sync")) {
    return answer({ error: "Sync runs are open to analysts and administrators." }, 403);
  }

  return null;
}

/** GET /api/sync/runs/:id: one sync run with its stages, progress and counts. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const refused = await refusal(request);
  if (refused) return refused;

  const run = await runById(getDb(), (await params).id);
  if (!run) return answer({ error: "There is no sync run with this id." }, 404);

  return answer(run, 200);
}
