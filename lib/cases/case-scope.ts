import type { Scope } from "../auth/scope";
import { Prisma } from "../db/generated/client";

/**
 * The user's scope as a condition on cases. Every read and every change of a case includes
 * it, so a case outside the scope is simply not found.
 */
export function caseScopeWhere(scope: Scope): Prisma.CaseWhereInput {
  if (scope.level === "national") return {};
  if (scope.level === "region") return { regionCode: scope.regionCode };

  return { districtKato: scope.districtCode };
}

/** The same condition for hand-written SQL over `cases` (aliased `c`). */
export function caseScopeSql(scope: Scope): Prisma.Sql {
  if (scope.level === "national") return Prisma.sql`TRUE`;
  if (scope.level === "region") return Prisma.sql`c.region_code = ${scope.regionCode}`;

  return Prisma.sql`c.district_kato = ${scope.districtCode}`;
}
