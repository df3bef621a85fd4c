"use server";

import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/options";
import { requireSection } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { getLake } from "@/lib/clickhouse/client";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { findFamily, parseSearchTerm } from "@/lib/families/find-family";
import { currentSnapshot } from "@/lib/pipeline/current-snapshot";

export type SearchState = { error: string | null };

/**
 * Finds a family by IIN or family id inside the user's scope and opens its card. The form is
 * posted, so an IIN never appears in a URL; it is hashed into a pseudonym before the lake is
 * asked, and the search is audited without it.
 */
export async function searchFamilyAction(_: SearchState, form: FormData): Promise<SearchState> {
  const user = await requireSection("families");
  const typed = form.get("term");
  const term = parseSearchTerm(typeof typed === "string" ? typed : "");
  if ("error" in term) return { error: term.error };

  const lake = await getLake();
  const snapshotDate = await currentSnapshot(lake);
  if (!snapshotDate) return { error: "No snapshot has been published yet." };

  const familyId = await findFamily({
    lake,
    scope: user.scope,
    snapshotDate,
    term,
    pseudonymKey: getEnv().PSEUDONYM_KEY,
  });
  await recordAudit(getDb(), {
    action: "family_search",
    actorId: user.id,
    actorRole: user.role,
    subject: familyId,
    address: clientAddress(await headers()),
    detail: { by: term.kind, found: familyId !== null, snapshotDate },
  });
  if (!familyId) {
    return { error: "No family with that IIN or id lives in your area in the current snapshot." };
  }

  redirect(`/families/${familyId}`);
}
