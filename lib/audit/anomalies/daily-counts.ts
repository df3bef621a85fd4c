import type { Db } from "../../db/client";
import type { DailyCount } from "./rules";

/**
 * Each user's family card views and refused out-of-scope reads per UTC day between `from`
 * and `to`, from the audit log, with the user's current role (peers are compared by it).
 */
export async function readDailyCounts(
  db: Db,
  range: { from: Date; to: Date },
): Promise<DailyCount[]> {
  return db.$queryRaw<DailyCount[]>`
    SELECT e.actor_id::text AS "userId", u.role::text AS role,
      to_char(e.at, 'YYYY-MM-DD') AS day,
      count(*) FILTER (WHERE e.action = 'family_card_view')::int AS "cardViews",
      count(*) FILTER (WHERE e.action = 'out_of_scope')::int AS "outOfScopeHits"
    FROM audit_events e JOIN users u ON u.id = e.actor_id
    WHERE e.action IN ('family_card_view', 'out_of_scope')
      AND e.at >= ${range.from} AND e.at < ${range.to}
    GROUP BY e.actor_id, u.role, to_char(e.at, 'YYYY-MM-DD')`;
}
