import type { Scope } from "../auth/scope";
import { findDistrict, findRegion } from "../geo";

/** The part of the country a dashboard shows: the nation, a region or a district. */
export type Area =
  | { level: "national" }
  | { level: "region"; regionCode: string }
  | { level: "district"; regionCode: string; districtKato: string };

function inScope(scope: Scope, regionCode: string, districtKato?: string): boolean {
  if (scope.level === "national") return true;
  if (scope.level === "region") return scope.regionCode === regionCode;
  return districtKato !== undefined && scope.districtCode === districtKato;
}

/** The widest area a user may see: their whole scope. */
export function scopeArea(scope: Scope): Area {
  if (scope.level === "national") return { level: "national" };
  if (scope.level === "region") return { level: "region", regionCode: scope.regionCode };
  return { level: "district", regionCode: scope.regionCode, districtKato: scope.districtCode };
}

/**
 * The area a request names (a region code, a district KATO, or neither for the user's whole
 * scope), or null when it names an unknown place or one outside the user's scope.
 */
export function resolveArea(scope: Scope, region?: string, district?: string): Area | null {
  if (district) {
    const found = findDistrict(district);
    if (!found || (region && region !== found.regionCode)) return null;
    if (!inScope(scope, found.regionCode, found.kato)) return null;
    return { level: "district", regionCode: found.regionCode, districtKato: found.kato };
  }
  if (region) {
    if (!findRegion(region) || !inScope(scope, region)) return null;
    return { level: "region", regionCode: region };
  }
  return scopeArea(scope);
}

/** The area one level up, inside the scope; null at the top of the user's scope. */
export function parentArea(scope: Scope, area: Area): Area | null {
  const top = scopeArea(scope);
  if (area.level === top.level) return null;
  if (area.level === "district") return { level: "region", regionCode: area.regionCode };
  return { level: "national" };
}

/** The column an area breaks down by (regions of the nation, districts of a region). */
export function childColumn(area: Area): "region_code" | "district_kato" | null {
  if (area.level === "national") return "region_code";
  if (area.level === "region") return "district_kato";
  return null;
}

/** The area of a child key, for drill-down links. */
export function childArea(area: Area, key: string): Area | null {
  if (area.level === "national")
    return findRegion(key) ? { level: "region", regionCode: key } : null;
  if (area.level === "region" && findDistrict(key)) {
    return { level: "district", regionCode: area.regionCode, districtKato: key };
  }
  return null;
}

export function areaName(area: Area): string {
  if (area.level === "national") return "Kazakhstan";
  if (area.level === "region") return regionName(area.regionCode);
  return districtName(area.districtKato);
}

export const regionName = (code: string) =>
  code === "" ? "No registered address" : (findRegion(code)?.name.en ?? code);

export const districtName = (kato: string) =>
  kato === "" ? "No registered address" : (findDistrict(kato)?.name.en ?? kato);

/** The name of a child of an area, from its key. */
export const childName = (area: Area, key: string) =>
  area.level === "national" ? regionName(key) : districtName(key);

/**
 * The condition on a lake table with region_code and district_kato that keeps an area's rows,
 * and the user's scope again, so that a wrong area can never widen what a user reads.
 */
export function areaCondition(scope: Scope, area: Area) {
  const parts: string[] = [];
  const params: Record<string, string> = {};
  if (area.level !== "national") {
    parts.push("region_code = {area_region:String}");
    params.area_region = area.regionCode;
  }
  if (area.level === "district") {
    parts.push("district_kato = {area_district:String}");
    params.area_district = area.districtKato;
  }
  if (scope.level !== "national") {
    parts.push("region_code = {scope_region:String}");
    params.scope_region = scope.regionCode;
  }
  if (scope.level === "district") {
    parts.push("district_kato = {scope_district:String}");
    params.scope_district = scope.districtCode;
  }
  return { sql: parts.length ? parts.join(" AND ") : "1", params };
}
