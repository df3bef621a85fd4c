import { placeInScope, type Scope } from "../auth/scope";
import type { LakeClient } from "../clickhouse/client";

/**
 * Whether a family is in the snapshot but outside the scope. Read without the scope
 * condition, and only after the scoped card read found nothing, to record the refused read
 * for the anomaly alerts; the user is answered "not found" either way.
 */
export async function familyOutsideScope(options: {
  lake: LakeClient;
  scope: Scope;
  snapshotDate: string;
  familyId: string;
}): Promise<boolean> {
  const { lake, scope, snapshotDate, familyId } = options;
  if (scope.level === "national") return false;

  const result = await lake.query({
    query: `SELECT region_code, district_kato FROM family_scores
      WHERE snapshot_date = {snapshot_date:Date} AND family_id = {family_id:String} LIMIT 1`,
    query_params: { snapshot_date: snapshotDate, family_id: familyId },
    format: "JSONEachRow",
  });
  const [found] = await result.json<{ region_code: string; district_kato: string }>();

  return (
    !!found &&
    !placeInScope(scope, { regionCode: found.region_code, districtKato: found.district_kato })
  );
}
