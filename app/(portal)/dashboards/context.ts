import { notFound } from "next/navigation";
import type { PortalUser } from "@/lib/auth/user";
import { requireSection } from "@/lib/auth/session";
import { getLake, type LakeClient } from "@/lib/clickhouse/client";
import { resolveArea, type Area } from "@/lib/dashboards/area";
import { summarisedDates } from "@/lib/dashboards/area-sums";
import { parseDashboardParams, type DashboardParams } from "@/lib/dashboards/params";

export type Search = Promise<Record<string, string | string[] | undefined>>;

/** What every dashboard page knows before it reads its figures. */
export type DashboardContext = {
  user: PortalUser;
  lake: LakeClient;
  area: Area;
  params: DashboardParams;
  /** Summarised snapshots, newest first. */
  dates: string[];
  date: string;
  previous: string | null;
  since: string | null;
};

export type ContextResult =
  | { kind: "ready"; context: DashboardContext }
  | { kind: "empty"; user: PortalUser; params: DashboardParams; area: Area }
  | { kind: "error"; user: PortalUser; error: string; params: DashboardParams; area: Area };

/**
 * The signed-in user (who must be allowed the dashboards), the area and dates the URL names,
 * checked: an area outside the user's scope is not found, whatever the URL says.
 */
export async function dashboardContext(searchParams: Search): Promise<ContextResult> {
  const user = await requireSection("dashboards");
  const parsed = parseDashboardParams(await searchParams);
  const params = parsed.ok ? parsed.params : {};
  const area = resolveArea(user.scope, params.region, params.district);
  if (!area) notFound();
  if (!parsed.ok) return { kind: "error", user, error: parsed.error, params, area };

  const lake = await getLake();
  const dates = await summarisedDates(lake);
  if (dates.length === 0) return { kind: "empty", user, params, area };
  const date = params.date ?? dates[0]!;
  const unknown = [params.date, params.since].find((day) => day && !dates.includes(day));
  if (unknown) {
    const error = `There is no snapshot of ${unknown}; choose one of the list.`;
    return { kind: "error", user, error, params, area };
  }
  const previous = dates[dates.indexOf(date) + 1] ?? null;
  return {
    kind: "ready",
    context: { user, lake, area, params, dates, date, previous, since: params.since ?? null },
  };
}
