import type { Scope } from "../auth/scope";
import type { Db } from "../db/client";
import type { Area } from "./area";
import { areaSql } from "./case-area";

/** One service's cases awaiting a decision, and those of them past their review deadline. */
export type ServiceOverdue = { serviceId: string; awaiting: number; overdue: number };

/**
 * Cases awaiting a decision (candidate, in review) per service in the area (inside the user's
 * scope), and how many are overdue at `now`, read from the case_due_counts summary: the
 * worklist indexes have no service, and counting cases per service from them reads every
 * case awaiting a decision. Sorted by service id.
 */
export async function overdueCases(
  db: Db,
  scope: Scope,
  area: Area,
  now: Date,
): Promise<ServiceOverdue[]> {
  return db.$queryRaw<ServiceOverdue[]>`
    SELECT s.service_id AS "serviceId", sum(s.cases)::int AS awaiting,
      coalesce(sum(s.cases) FILTER (WHERE s.review_due < ${now}), 0)::int AS overdue
    FROM case_due_counts s
    WHERE ${areaSql(scope, area)}
    GROUP BY s.service_id
    ORDER BY s.service_id`;
}
