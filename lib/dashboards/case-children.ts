import type { Scope } from "../auth/scope";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { Area } from "./area";
import { areaSql } from "./case-area";
import { REACHED } from "./service-funnel";

/** Cases of one smaller area (a region of the nation, a district of a region), all services. */
export type ChildCases = {
  key: string;
  found: number;
  approved: number;
  paid: number;
  awaiting: number;
  overdue: number;
};

/** The states a case counts as (case_counts.reached) that passed through a funnel stage. */
const reaching = (stage: "approved" | "paid") =>
  Object.entries(REACHED)
    .filter(([, stages]) => stages.includes(stage))
    .map(([state]) => state);

/**
 * The cases of each region of the nation or district of a region (inside the user's scope),
 * for drilling down: found, approved, paid, and awaiting a decision and overdue at `now`.
 * A district has no smaller areas: an empty list.
 */
export async function casesByChildArea(
  db: Db,
  scope: Scope,
  area: Area,
  now: Date,
): Promise<ChildCases[]> {
  if (area.level === "district") return [];
  const child = Prisma.raw(area.level === "national" ? "s.region_code" : "s.district_kato");
  const where = areaSql(scope, area);
  const approved = Prisma.join(reaching("approved"));
  const paid = Prisma.join(reaching("paid"));
  return db.$queryRaw<ChildCases[]>`
    WITH counts AS (
      SELECT ${child} AS key, sum(s.cases)::int AS found,
        coalesce(sum(s.cases) FILTER (WHERE s.reached::text IN (${approved})), 0)::int AS approved,
        coalesce(sum(s.cases) FILTER (WHERE s.reached::text IN (${paid})), 0)::int AS paid
      FROM case_counts s WHERE ${where} GROUP BY 1
    ), due AS (
      SELECT ${child} AS key, sum(s.cases)::int AS awaiting,
        coalesce(sum(s.cases) FILTER (WHERE s.review_due < ${now}), 0)::int AS overdue
      FROM case_due_counts s WHERE ${where} GROUP BY 1
    )
    SELECT c.key, c.found, c.approved, c.paid, coalesce(d.awaiting, 0) AS awaiting,
      coalesce(d.overdue, 0) AS overdue
    FROM counts c LEFT JOIN due d ON d.key = c.key
    WHERE c.found > 0
    ORDER BY c.key`;
}
