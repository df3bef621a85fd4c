import type { Role } from "../auth/roles";
import type { Scope } from "../auth/scope";
import type { LakeClient } from "../clickhouse/client";
import type { Db } from "../db/client";
import type { Area } from "./area";
import { areaSums } from "./area-sums";
import { classMovement } from "./class-movement";
import { drivers } from "./drivers";
import type { DashboardPageId } from "./pages";
import type { DashboardParams } from "./params";
import { scoredDates } from "./scored-dates";
import type { DashboardTable } from "./table";
import { driversTables } from "./views/drivers";
import { mapTable, mapValues } from "./views/map";
import { movementStart, movementTables } from "./views/movement";
import { loadOverview, overviewTables } from "./views/overview";
import { DEFAULT_PERIOD, loadServices, servicesTables } from "./views/services";
import { trendTable } from "./views/trends";

export type ExportContext = {
  lake: LakeClient;
  db: Db;
  role: Role;
  scope: Scope;
  area: Area;
  params: DashboardParams;
  /** Summarised snapshots, newest first, and the one shown. */
  dates: string[];
  date: string;
};

type Tables = { ok: true; tables: Record<string, DashboardTable> } | { ok: false; error: string };

const ok = (tables: Record<string, DashboardTable>): Tables => ({ ok: true, tables });

/**
 * The tables of a dashboard page, as its table views show them: what a CSV export writes.
 * The pages and the export read the same functions, so the file and the page agree.
 */
export async function dashboardTables(page: DashboardPageId, c: ExportContext): Promise<Tables> {
  const { lake, scope, area, params, dates, date } = c;
  if (page === "overview") {
    const previous = dates[dates.indexOf(date) + 1] ?? null;
    const since = params.since ?? null;
    const view = await loadOverview(lake, scope, area, { date, previous, since });
    return ok(view ? overviewTables(view, area) : {});
  }
  if (page === "movement") {
    const start = movementStart(await scoredDates(lake), date, params.from);
    if ("error" in start) return { ok: false, error: start.error };
    return ok(movementTables(await classMovement(lake, scope, area, start.from, date), area));
  }
  if (page === "drivers") {
    const view = await drivers(lake, c.db, scope, area, date);
    return ok(view ? driversTables(view, params.weight ?? "persons") : {});
  }
  if (page === "map") {
    if (area.level === "district") {
      return { ok: false, error: "A district has no smaller areas to map." };
    }
    const [sums] = await areaSums(lake, scope, area, [date], true);
    const metric = params.metric ?? "m0";
    return ok({ map: mapTable(sums ? mapValues(sums, metric) : [], area, metric) });
  }
  if (page === "services") {
    const periodDays = Number(params.period ?? DEFAULT_PERIOD);
    const user = { role: c.role, scope };
    const view = await loadServices(c.db, user, area, { now: new Date(), periodDays });
    return ok(servicesTables(view, area));
  }
  if (page === "trends") {
    return ok({ trend: trendTable(await areaSums(lake, scope, area, null, false)) });
  }
  return ok({});
}
