import type { PortalUser } from "../auth/user";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { caseScopeSql } from "./case-scope";
import { CaseError } from "./errors";
import type { CaseState } from "./states";
import { CASE_STATES } from "./states";
import {
  formatCursor,
  parseCursor,
  WorklistFilters,
  type WorklistCursor,
} from "./worklist-filters";

export const WORKLIST_PAGE = 50;

export type WorklistRow = {
  id: string;
  serviceId: string;
  familyId: string;
  districtKato: string;
  amount: string;
  state: CaseState;
  assigneeId: string | null;
  reviewDue: Date;
  overdue: boolean;
  flag: string | null;
  version: number;
};

export type Worklist = {
  rows: WorklistRow[];
  next: string | null;
  counts: Record<CaseState, number>;
  overdue: number;
};

const WORKLIST_ROLES = ["social_worker", "supervisor", "regional_manager"];

// Must match the worklist indexes' expression (prisma/migrations/..._cases).
const DECIDED = Prisma.sql`(c.state NOT IN ('candidate', 'in_review'))`;
const OVERDUE = (now: Date) =>
  Prisma.sql`(c.state IN ('candidate', 'in_review') AND c.review_due < ${now})`;

function conditions(user: PortalUser, filters: WorklistFilters): Prisma.Sql[] {
  const where = [caseScopeSql(user.scope)];
  if (filters.view === "mine") where.push(Prisma.sql`c.assignee_id = ${user.id}::uuid`);
  if (filters.service) where.push(Prisma.sql`c.service_id = ${filters.service}`);

  return where;
}

function afterCondition(after: WorklistCursor): Prisma.Sql {
  return Prisma.sql`(${DECIDED}, c.review_due, c.id) >
    (${after.decided}, ${after.reviewDue}::timestamp(3), ${after.id}::uuid)`;
}

/**
 * One page of a worklist: the user's own cases ("mine") or every case of their scope
 * ("team"), awaiting a decision first by review deadline (so overdue cases lead), then decided
 * ones; filtered by state, service and overdue; with counts by state over the same view.
 * Keyset pagination, and the scope is part of the SQL.
 */
export async function listCases(
  db: Db,
  user: PortalUser,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<Worklist> {
  if (!WORKLIST_ROLES.includes(user.role)) throw new CaseError("Your role has no worklist");
  const filters = WorklistFilters.parse(input);
  const base = conditions(user, filters);
  const page = [...base];
  if (filters.state) page.push(Prisma.sql`c.state = ${filters.state}::"CaseState"`);
  if (filters.overdue) page.push(OVERDUE(now));
  const after = parseCursor(filters.after);
  if (after) page.push(afterCondition(after));

  const [rows, counts] = await Promise.all([
    db.$queryRaw<(Omit<WorklistRow, "overdue"> & { decided: boolean })[]>`
      SELECT c.id::text AS id, c.service_id AS "serviceId", c.family_id AS "familyId",
        c.district_kato AS "districtKato", c.amount::text AS amount, c.state::text AS state,
        c.assignee_id::text AS "assigneeId", c.review_due AS "reviewDue", c.flag,
        c.version, ${DECIDED} AS decided
      FROM cases c WHERE ${Prisma.join(page, " AND ")}
      ORDER BY ${DECIDED}, c.review_due, c.id
      LIMIT ${WORKLIST_PAGE + 1}`,
    db.$queryRaw<{ state: CaseState; n: number; overdue: number }[]>`
      SELECT c.state::text AS state, count(*)::int AS n,
        count(*) FILTER (WHERE ${OVERDUE(now)})::int AS overdue
      FROM cases c WHERE ${Prisma.join(base, " AND ")}
      GROUP BY c.state`,
  ]);

  const shown = rows.slice(0, WORKLIST_PAGE);
  const last = shown.at(-1);
  const next =
    rows.length > WORKLIST_PAGE && last
      ? formatCursor({ decided: last.decided, reviewDue: last.reviewDue, id: last.id })
      : null;
  const byState = Object.fromEntries(CASE_STATES.map((s) => [s, 0])) as Record<CaseState, number>;
  for (const row of counts) byState[row.state] = row.n;

  return {
    rows: shown.map(({ decided, ...row }) => ({
      ...row,
      overdue: !decided && row.reviewDue < now,
    })),
    next,
    counts: byState,
    overdue: counts.reduce((sum, row) => sum + row.overdue, 0),
  };
}
