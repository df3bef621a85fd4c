"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/options";
import { requireSection } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { getLake } from "@/lib/clickhouse/client";
import { refreshDashboards } from "@/lib/dashboards/refresh-dashboards";
import { getDb } from "@/lib/db/client";
import { currentSnapshot } from "@/lib/pipeline/current-snapshot";
import type { ConfigInput } from "@/lib/scoring/config/config-input";
import { configFromDraft, DraftForm } from "@/lib/scoring/config/draft-input";
import { saveDraft } from "@/lib/scoring/config/drafts";
import { canPublish, publishConfig } from "@/lib/scoring/config/publish";
import { resolveConfig } from "@/lib/scoring/config/resolve-config";
import { activeConfig } from "@/lib/scoring/config/store";
import { scoreSnapshot } from "@/lib/scoring/score-snapshot";
import { ScoringError } from "@/lib/scoring/scoring-error";
import { simulate, type Simulation } from "@/lib/scoring/simulate";

export type Outcome<T> = ({ ok: true } & T) | { ok: false; error: string };

function parseDraft(input: unknown): { error: string } | { config: ConfigInput } {
  const parsed = DraftForm.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `${issue?.path.join(" ") || "draft"} ${issue?.message ?? "is not valid"}` };
  }
  return { config: configFromDraft(parsed.data) };
}

function failure(error: unknown): { ok: false; error: string } {
  if (error instanceof ScoringError) return { ok: false, error: error.message };
  throw error;
}

/** Scores the whole current snapshot under the draft and under the active configuration. */
export async function simulateAction(input: unknown): Promise<Outcome<{ result: Simulation }>> {
  await requireSection("scoring");
  const draft = parseDraft(input);
  if ("error" in draft) return { ok: false, error: draft.error };

  try {
    const lake = await getLake();
    const snapshotDate = await currentSnapshot(lake);
    if (!snapshotDate) return { ok: false, error: "No snapshot has been published yet." };
    const active = await activeConfig(getDb());
    const resolved = resolveConfig(draft.config);
    const result = await simulate({ lake, snapshotDate, active: active.config, draft: resolved });
    return { ok: true, result };
  } catch (error) {
    return failure(error);
  }
}

/** Keeps the user's draft in Postgres, checked, so it is there on the next visit. */
export async function saveDraftAction(input: unknown): Promise<Outcome<{ saved: true }>> {
  const user = await requireSection("scoring");
  const draft = parseDraft(input);
  if ("error" in draft) return { ok: false, error: draft.error };

  try {
    await saveDraft(getDb(), user.id, draft.config);
    return { ok: true, saved: true };
  } catch (error) {
    return failure(error);
  }
}

/** Publishes the draft as the next version: analysts and administrators, audited. */
export async function publishAction(input: unknown): Promise<Outcome<{ version: number }>> {
  const user = await requireSection("scoring");
  if (!canPublish(user.role)) {
    return { ok: false, error: "Only analysts and administrators can publish a configuration." };
  }
  const draft = parseDraft(input);
  if ("error" in draft) return { ok: false, error: draft.error };

  try {
    const address = clientAddress(await headers());
    return { ok: true, version: await publishConfig(getDb(), user, draft.config, address) };
  } catch (error) {
    return failure(error);
  }
}

/** Re-scores the current snapshot under the active version, in place of its scores. */
export async function rescoreAction(): Promise<Outcome<{ version: number; snapshot: string }>> {
  const user = await requireSection("scoring");
  if (!canPublish(user.role)) {
    return { ok: false, error: "Only analysts and administrators can re-score the snapshot." };
  }

  const lake = await getLake();
  const db = getDb();
  const snapshot = await currentSnapshot(lake);
  if (!snapshot) return { ok: false, error: "No snapshot has been published yet." };
  const active = await activeConfig(db);
  await scoreSnapshot(lake, snapshot, active);
  await refreshDashboards(lake, snapshot);
  await recordAudit(db, {
    action: "scoring_rescore",
    actorId: user.id,
    actorRole: user.role,
    subject: `snapshot ${snapshot}`,
    address: clientAddress(await headers()),
    detail: { version: active.version, snapshot },
  });
  return { ok: true, version: active.version, snapshot };
}
