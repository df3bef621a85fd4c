import { childArea, type Area } from "./area";
import { dashboardHref, type DashboardParams } from "./params";

/** Links a child area's key (region code or district KATO) to the same dashboard there. */
export function drillDown(path: string, area: Area, params: DashboardParams) {
  return (key: string): string | null => {
    const child = childArea(area, key);
    if (!child || child.level === "national") return null;
    return dashboardHref(path, params, {
      region: child.regionCode,
      district: child.level === "district" ? child.districtKato : undefined,
    });
  };
}
