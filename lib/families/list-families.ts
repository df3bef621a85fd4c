import type { LakeClient } from "../clickhouse/client";
import type { Scope } from "../auth/scope";
import type { WellBeingClass } from "../scoring/config/classes";
import { STATUSES } from "../scoring/statuses";
import { scopeCondition } from "./scope-sql";

export const PAGE_SIZE = 50;

export type FamilyFilters = {
  district?: string;
  class?: WellBeingClass;
  status?: string;
};

/** Where the previous page ended: the last family's exact score and id. */
export type Cursor = { units: string; familyId: string };

export type FamilyRow = {
  family_id: string;
  district_kato: string;
  members: number;
  score: number;
  class: WellBeingClass;
  /** The status mask and the exact score in units, as text: 64-bit and wider integers. */
  status_mask: string;
  units: string;
};

function filterConditions(filters: FamilyFilters) {
  const sql: string[] = [];
  const params: Record<string, unknown> = {};
  if (filters.district) {
    sql.push("district_kato = {district:String}");
    params.district = filters.district;
  }
  if (filters.class) {
    sql.push("class = {class:String}");
    params.class = filters.class;
  }
  const slot = STATUSES.findIndex((status) => status.id === filters.status);
  if (slot >= 0) {
    sql.push("bitTest(statuses, {status_slot:UInt8})");
    params.status_slot = slot;
  }
  return { sql, params };
}

/**
 * One page of the families of a snapshot inside the user's scope, most deprived first
 * (score, then family id), after the cursor: keyset pagination, so page 500 costs what page 1
 * does.
 */
export async function listFamilies(options: {
  lake: LakeClient;
  scope: Scope;
  snapshotDate: string;
  filters: FamilyFilters;
  after?: Cursor;
}): Promise<{ rows: FamilyRow[]; next: Cursor | null }> {
  const scope = scopeCondition(options.scope);
  const filters = filterConditions(options.filters);
  const conditions = ["snapshot_date = {snapshot_date:Date}", scope.sql, ...filters.sql];
  if (options.after) {
    conditions.push(
      "(score_units < {after_units:UInt64} OR " +
        "(score_units = {after_units:UInt64} AND family_id > {after_id:String}))",
    );
  }

  const result = await options.lake.query({
    query: `SELECT family_id, district_kato, members, score, class,
        toString(statuses) AS status_mask, toString(score_units) AS units
      FROM family_scores WHERE ${conditions.join(" AND ")}
      ORDER BY score_units DESC, family_id ASC LIMIT {limit:UInt32}`,
    query_params: {
      snapshot_date: options.snapshotDate,
      ...scope.params,
      ...filters.params,
      after_units: options.after?.units ?? "0",
      after_id: options.after?.familyId ?? "",
      limit: PAGE_SIZE + 1,
    },
    format: "JSONEachRow",
  });
  const rows = await result.json<FamilyRow>();
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  const next =
    rows.length > PAGE_SIZE && last ? { units: last.units, familyId: last.family_id } : null;

  return { rows: page, next };
}
