import type { Scope } from "../auth/scope";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { Area } from "./area";
import { areaSql } from "./case-area";

/** Decisions count towards a worker's caseload for this many days. */
export const DECIDED_DAYS = 30;

/**
 * One social worker's caseload: cases awaiting a decision, those overdue, and their cases
 * decided in the last DECIDED_DAYS. The row with a null user id is the unassigned cases.
 */
export type WorkerCaseload = {
  userId: string | null;
  displayName: string | null;
  awaiting: number;
  overdue: number;
  decided: number;
};

const DAY_MS = 86_400_000;

const USER_COLUMNS = {
  region: Prisma.raw("u.region_code"),
  district: Prisma.raw("u.district_code"),
};

/**
 * The caseload of every social worker in the area (inside the user's scope): each active
 * worker of the area, with nothing or not, and anyone else holding cases there, then the
 * unassigned cases as one row. Awaiting and overdue come from case_due_counts, decisions
 * from case_decisions (credited to whoever held the case when it was decided).
 */
export async function caseloadByWorker(
  db: Db,
  scope: Scope,
  area: Area,
  now: Date,
): Promise<WorkerCaseload[]> {
  const from = new Date(now.getTime() - DECIDED_DAYS * DAY_MS);
  const where = areaSql(scope, area);

  return db.$queryRaw<WorkerCaseload[]>`
    WITH due AS (
      SELECT coalesce(s.assignee_id::text, '') AS worker, sum(s.cases)::int AS awaiting,
        coalesce(sum(s.cases) FILTER (WHERE s.review_due < ${now}), 0)::int AS overdue
      FROM case_due_counts s
      WHERE ${where}
      GROUP BY s.assignee_id
    ), decided AS (
      SELECT coalesce(s.assignee_id::text, '') AS worker, count(*)::int AS decided
      FROM case_decisions s
      WHERE s.decided_at >= ${from} AND s.decided_at <= ${now} AND ${where}
      GROUP BY s.assignee_id
    ), workers AS (
      SELECT u.id::text AS worker FROM users u
      WHERE u.role = 'social_worker' AND u.active AND ${areaSql(scope, area, USER_COLUMNS)}
      UNION SELECT ''
    )
    SELECT nullif(w.worker, '') AS "userId", u.display_name AS "displayName",
      coalesce(d.awaiting, 0) AS awaiting, coalesce(d.overdue, 0) AS overdue,
      coalesce(x.decided, 0) AS decided
    FROM (SELECT worker FROM workers UNION SELECT worker FROM due
      UNION SELECT worker FROM decided) w
    LEFT JOIN due d ON d.worker = w.worker
    LEFT JOIN decided x ON x.worker = w.worker
    LEFT JOIN users u ON u.id = nullif(w.worker, '')::uuid
    ORDER BY w.worker = '', u.display_name, w.worker`;
}
