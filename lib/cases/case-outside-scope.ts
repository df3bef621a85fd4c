import { placeInScope, type Scope } from "../auth/scope";
import type { Db } from "../db/client";

/**
 * Whether a case exists but lies outside the scope. Read without the scope condition, and
 * only after a scoped read found nothing, to record the refused read for the anomaly alerts;
 * the user is answered "not found" either way.
 */
export async function caseOutsideScope(db: Db, scope: Scope, caseId: string): Promise<boolean> {
  if (scope.level === "national") return false;

  const found = await db.case.findUnique({
    where: { id: caseId },
    select: { regionCode: true, districtKato: true },
  });

  return found !== null && !placeInScope(scope, found);
}
