"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import type { StartSyncResult } from "@/components/sync-start-button";
import { clientAddress } from "@/lib/auth/options";
import { requireSection } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { canStartSync } from "@/lib/pipeline/can-start-sync";
import { formatUtc } from "@/lib/pipeline/run-format";
import { runById } from "@/lib/pipeline/run-by-id";
import { snapshotDateSchema, todayUtc } from "@/lib/pipeline/snapshot-date";
import { triggerSync } from "@/lib/pipeline/trigger-sync";

const inputSchema = z.object({ snapshotDate: snapshotDateSchema.optional() });

async function runningMessage(runId: string): Promise<string> {
  const running = await runById(getDb(), runId);
  const which = running
    ? ` (snapshot ${running.snapshotDate}, started ${formatUtc(running.startedAt)} UTC)`
    : "";

  return `A sync run is already going${which}. Wait for it to finish, then try again.`;
}

/** Starts a sync run from the portal: administrators only, for a snapshot date or today. */
export async function startSyncAction(input: unknown): Promise<StartSyncResult> {
  const user = await requireSection("sync");
  if (!canStartSync(user.role)) {
    return { ok: false, error: "Only administrators can start a sync run." };
  }

  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: parsed.error.issues[0]?.message ?? "The request is not valid." };
  }

  const result = await triggerSync({
    snapshotDate: parsed.data.snapshotDate ?? todayUtc(),
    trigger: "admin",
    actor: { id: user.id, role: user.role },
    address: clientAddress(await headers()),
  });
  if (!result.started) return { ok: false, error: await runningMessage(result.runningRunId) };

  revalidatePath("/sync");
  return { ok: true, runId: result.runId };
}
