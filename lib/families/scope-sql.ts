import type { Scope } from "../auth/scope";

/**
 * The user's scope as a condition on a lake table with region_code and district_kato, with
 * its bound parameters. Every family query includes it, so a family outside the scope is
 * simply not found.
 */
export function scopeCondition(scope: Scope): { sql: string; params: Record<string, string> } {
  if (scope.level === "national") return { sql: "1", params: {} };
  if (scope.level === "region") {
    return {
      sql: "region_code = {scope_region:String}",
      params: { scope_region: scope.regionCode },
    };
  }
  return {
    sql: "district_kato = {scope_district:String}",
    params: { scope_district: scope.districtCode },
  };
}
