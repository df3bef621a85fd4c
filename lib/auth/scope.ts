import { findDistrict, findRegion } from "../geo";

/** Where a user may see families and cases: the whole country, one region or one district. */
export type Scope =
  | { level: "national" }
  | { level: "region"; regionCode: string }
  | { level: "district"; regionCode: string; districtCode: string };

export function describeScope(scope: Scope): string {
  if (scope.level === "national") return "Kazakhstan";

  const region = findRegion(scope.regionCode)?.name.en ?? scope.regionCode;
  if (scope.level === "region") return region;

  const district = findDistrict(scope.districtCode)?.name.en ?? scope.districtCode;
  return `${district}, ${region}`;
}

/** Builds a scope from stored columns; a district scope also pins its region. */
export function scopeFrom(row: {
  scopeLevel: "national" | "region" | "district";
  regionCode: string | null;
  districtCode: string | null;
}): Scope {
  if (row.scopeLevel === "district" && row.districtCode) {
    const regionCode = findDistrict(row.districtCode)?.regionCode ?? row.regionCode ?? "";
    return { level: "district", regionCode, districtCode: row.districtCode };
  }
  if (row.scopeLevel === "region" && row.regionCode) {
    return { level: "region", regionCode: row.regionCode };
  }
  if (row.scopeLevel === "national") return { level: "national" };
  throw new Error(`A ${row.scopeLevel} scope needs its code`);
}

/**
 * Whether a place lies inside the scope: the same rule as the scope conditions of family and
 * case queries (lib/families/scope-sql.ts, lib/cases/case-scope.ts), for a record already read.
 */
export function placeInScope(
  scope: Scope,
  place: { regionCode: string; districtKato: string },
): boolean {
  if (scope.level === "national") return true;
  if (scope.level === "region") return place.regionCode === scope.regionCode;

  return place.districtKato === scope.districtCode;
}
