import type { LakeClient } from "../clickhouse/client";
import type { Scope } from "../auth/scope";
import { isValidIin } from "../identity/iin";
import { pseudonymOf } from "../identity/pseudonym";
import { scopeCondition } from "./scope-sql";

export const FAMILY_ID = /^[0-9a-f]{24}$/;

export type SearchTerm = { kind: "iin"; iin: string } | { kind: "family"; familyId: string };

/** What a staff member typed: an IIN (checked digit by digit) or a family id. */
export function parseSearchTerm(text: string): SearchTerm | { error: string } {
  const term = text.replace(/\s+/g, "").toLowerCase();
  if (/^\d{12}$/.test(term)) {
    return isValidIin(term)
      ? { kind: "iin", iin: term }
      : { error: "That is not a valid IIN: its check digit does not match." };
  }
  if (FAMILY_ID.test(term)) return { kind: "family", familyId: term };

  return { error: "Enter a 12-digit IIN or a 24-character family id." };
}

/**
 * The family a search term points at in the snapshot, inside the user's scope, or null. An
 * IIN is hashed with the pseudonym key and looked up by pseudonym: the raw IIN is never sent
 * to the lake.
 */
export async function findFamily(options: {
  lake: LakeClient;
  scope: Scope;
  snapshotDate: string;
  term: SearchTerm;
  pseudonymKey: string;
}): Promise<string | null> {
  const scope = scopeCondition(options.scope);
  const byPerson = `family_id IN (SELECT family_id FROM persons
    WHERE snapshot_date = {snapshot_date:Date} AND person_id = {person_id:String})`;
  const condition = options.term.kind === "iin" ? byPerson : "family_id = {family_id:String}";

  const result = await options.lake.query({
    query: `SELECT family_id FROM family_scores
      WHERE snapshot_date = {snapshot_date:Date} AND ${scope.sql} AND ${condition} LIMIT 1`,
    query_params: {
      snapshot_date: options.snapshotDate,
      ...scope.params,
      person_id:
        options.term.kind === "iin" ? pseudonymOf(options.term.iin, options.pseudonymKey) : "",
      family_id: options.term.kind === "family" ? options.term.familyId : "",
    },
    format: "JSONEachRow",
  });
  const [row] = await result.json<{ family_id: string }>();

  return row?.family_id ?? null;
}
