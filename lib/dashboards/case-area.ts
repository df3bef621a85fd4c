import type { Scope } from "../auth/scope";
import { Prisma } from "../db/generated/client";
import type { Area } from "./area";

type Columns = { region: Prisma.Sql; district: Prisma.Sql };

/** The place columns of a case summary aliased `s` (case_counts, case_due_counts, …). */
export const SUMMARY_COLUMNS: Columns = {
  region: Prisma.raw("s.region_code"),
  district: Prisma.raw("s.district_kato"),
};

/**
 * The area a dashboard shows and the user's scope, as one condition on a Postgres table. The
 * caller passes an area inside the scope, but the scope is applied again so that a wrong area
 * can never widen what a user reads. A district scope is matched by district alone, as
 * cases are (lib/cases/case-scope.ts).
 */
export function areaSql(scope: Scope, area: Area, columns: Columns = SUMMARY_COLUMNS) {
  const { region, district } = columns;
  const parts: Prisma.Sql[] = [];
  if (area.level !== "national") parts.push(Prisma.sql`${region} = ${area.regionCode}`);
  if (area.level === "district") parts.push(Prisma.sql`${district} = ${area.districtKato}`);
  if (scope.level === "region") parts.push(Prisma.sql`${region} = ${scope.regionCode}`);
  if (scope.level === "district") parts.push(Prisma.sql`${district} = ${scope.districtCode}`);

  return parts.length > 0 ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}
