import { z } from "zod";
import type { Scope } from "../auth/scope";
import { districtsOf, DISTRICTS } from "../geo";
import { CLASSES } from "../scoring/config/classes";
import { STATUSES } from "../scoring/statuses";
import type { Cursor, FamilyFilters } from "./list-families";

const CURSOR = /^(\d{1,20}):([0-9a-f]{24})$/;

const ListParams = z.object({
  district: z
    .string()
    .regex(/^\d{9}$/)
    .optional()
    .catch(undefined),
  class: z.enum(CLASSES).optional().catch(undefined),
  status: z
    .enum(STATUSES.map((s) => s.id) as [string, ...string[]])
    .optional()
    .catch(undefined),
  after: z.string().regex(CURSOR).optional().catch(undefined),
});

/** The districts a user may filter by: those of their scope. */
export function districtsInScope(scope: Scope) {
  if (scope.level === "national") return [...DISTRICTS];
  if (scope.level === "region") return districtsOf(scope.regionCode);
  return DISTRICTS.filter((d) => d.kato === scope.districtCode);
}

/**
 * The list's filters and cursor from the URL. A value that is not one of the known districts,
 * classes or statuses is dropped rather than trusted; a district outside the user's scope too.
 */
export function parseListParams(
  search: Record<string, string | string[] | undefined>,
  scope: Scope,
): { filters: FamilyFilters; after?: Cursor } {
  const single = Object.fromEntries(
    Object.entries(search).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const params = ListParams.parse(single);
  const allowed = new Set(districtsInScope(scope).map((d) => d.kato));
  const filters: FamilyFilters = {
    ...(params.district && allowed.has(params.district) ? { district: params.district } : {}),
    ...(params.class ? { class: params.class } : {}),
    ...(params.status ? { status: params.status } : {}),
  };
  const match = params.after ? CURSOR.exec(params.after) : null;

  return match ? { filters, after: { units: match[1]!, familyId: match[2]! } } : { filters };
}

export function listHref(filters: FamilyFilters, after?: Cursor): string {
  const query = new URLSearchParams();
  if (filters.district) query.set("district", filters.district);
  if (filters.class) query.set("class", filters.class);
  if (filters.status) query.set("status", filters.status);
  if (after) query.set("after", `${after.units}:${after.familyId}`);
  const text = query.toString();

  return text ? `/families?${text}` : "/families";
}
