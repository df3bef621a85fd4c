import type { Role } from "../../auth/roles";
import type { Scope } from "../../auth/scope";
import type { Db } from "../../db/client";
import { SERVICES } from "../../services";
import { childName, type Area } from "../area";
import { casesByChildArea, type ChildCases } from "../case-children";
import { caseloadByWorker, DECIDED_DAYS, type WorkerCaseload } from "../caseload";
import { decisionTimes, type DecisionTimes } from "../decision-times";
import { overdueCases, type ServiceOverdue } from "../overdue";
import { FUNNEL_STAGES, serviceFunnel, type ServiceFunnel } from "../service-funnel";
import { SMALL_COUNT, suppressed, type DashboardTable } from "../table";

/** Who sees each social worker's caseload: those who lead or steer the workers. */
export const CASELOAD_ROLES: readonly Role[] = ["supervisor", "regional_manager", "admin"];

/** Decision times are read over this many days unless the URL names another period. */
export const DEFAULT_PERIOD = 90;

const DAY_MS = 86_400_000;

export type ServicesView = {
  funnels: ServiceFunnel[];
  times: DecisionTimes[];
  overdue: ServiceOverdue[];
  /** Each region of the nation or district of a region; none for a district. */
  children: ChildCases[];
  /** Null for a role that does not see caseloads. */
  caseload: WorkerCaseload[] | null;
  periodDays: number;
};

/** Every figure of the services dashboard for an area, as of `now`. */
export async function loadServices(
  db: Db,
  user: { role: Role; scope: Scope },
  area: Area,
  options: { now: Date; periodDays: number },
): Promise<ServicesView> {
  const { now, periodDays } = options;
  const since = new Date(now.getTime() - periodDays * DAY_MS);
  const caseload = CASELOAD_ROLES.includes(user.role)
    ? caseloadByWorker(db, user.scope, area, now)
    : Promise.resolve(null);
  const [funnels, times, overdue, children, workers] = await Promise.all([
    serviceFunnel(db, user.scope, area),
    decisionTimes(db, user.scope, area, since),
    overdueCases(db, user.scope, area, now),
    casesByChildArea(db, user.scope, area, now),
    caseload,
  ]);
  return { funnels, times, overdue, children, caseload: workers, periodDays };
}

const NAMES = new Map(SERVICES.map((service) => [service.id, service.name.en]));

export const serviceName = (id: string) => NAMES.get(id) ?? id;

export const STAGE_LABELS: Record<(typeof FUNNEL_STAGES)[number], string> = {
  found: "Found",
  reviewed: "Reviewed",
  approved: "Approved",
  notified: "Notified",
  accepted: "Accepted",
  paid: "Paid",
};

/** A share of two counts, shown only when both are large enough to be shown themselves. */
function shareOf(part: number, whole: number): number | null {
  return part >= SMALL_COUNT && whole >= SMALL_COUNT ? part / whole : null;
}

function funnelTable(funnels: ServiceFunnel[]): DashboardTable {
  return {
    id: "funnel",
    title: "Cases per service, from found to paid",
    columns: [
      { label: "Service", kind: "text" },
      ...FUNNEL_STAGES.map((stage) => ({ label: STAGE_LABELS[stage], kind: "count" as const })),
      { label: "Rejected", kind: "count" },
      { label: "Declined", kind: "count" },
      { label: "Expired", kind: "count" },
      { label: "Open now", kind: "count" },
    ],
    rows: funnels.map((f) => [
      serviceName(f.serviceId),
      ...FUNNEL_STAGES.map((stage) => suppressed(f[stage])),
      suppressed(f.rejected),
      suppressed(f.declined),
      suppressed(f.expired),
      suppressed(f.open),
    ]),
  };
}

function timesTable(times: DecisionTimes[], periodDays: number): DashboardTable {
  return {
    id: "decision-times",
    title: `Hours from found to first decision, decisions of the last ${periodDays} days`,
    columns: [
      { label: "Service", kind: "text" },
      { label: "Decisions", kind: "count" },
      { label: "Median (hours)", kind: "hours" },
      { label: "90th percentile (hours)", kind: "hours" },
    ],
    // Fewer than 10 decisions: the times of so few cases are not shown either.
    rows: times.map((t) => {
      const shown = t.decided >= SMALL_COUNT;
      return [
        serviceName(t.serviceId),
        suppressed(t.decided),
        shown ? t.medianHours : null,
        shown ? t.p90Hours : null,
      ];
    }),
  };
}

function overdueTable(overdue: ServiceOverdue[]): DashboardTable {
  return {
    id: "overdue",
    title: "Cases awaiting a decision and past their review deadline",
    columns: [
      { label: "Service", kind: "text" },
      { label: "Awaiting a decision", kind: "count" },
      { label: "Overdue", kind: "count" },
      { label: "Share overdue", kind: "share" },
    ],
    rows: [...overdue]
      .sort((a, b) => b.overdue - a.overdue || a.serviceId.localeCompare(b.serviceId))
      .map((o) => [
        serviceName(o.serviceId),
        suppressed(o.awaiting),
        suppressed(o.overdue),
        shareOf(o.overdue, o.awaiting),
      ]),
  };
}

function childrenTable(children: ChildCases[], area: Area): DashboardTable {
  const sorted = [...children].sort((a, b) => b.found - a.found || a.key.localeCompare(b.key));
  return {
    id: "areas",
    title: `Cases of every service by ${area.level === "national" ? "region" : "district"}`,
    columns: [
      { label: area.level === "national" ? "Region" : "District", kind: "text" },
      { label: "Found", kind: "count" },
      { label: "Approved", kind: "count" },
      { label: "Paid", kind: "count" },
      { label: "Awaiting a decision", kind: "count" },
      { label: "Overdue", kind: "count" },
    ],
    rows: sorted.map((c) => [
      childName(area, c.key),
      suppressed(c.found),
      suppressed(c.approved),
      suppressed(c.paid),
      suppressed(c.awaiting),
      suppressed(c.overdue),
    ]),
    keys: sorted.map((c) => c.key),
  };
}

function caseloadTable(workers: WorkerCaseload[]): DashboardTable {
  const shown = workers.filter((w) => w.userId !== null || w.awaiting > 0 || w.decided > 0);
  return {
    id: "caseload",
    title: "Caseload per social worker",
    columns: [
      { label: "Social worker", kind: "text" },
      { label: "Awaiting a decision", kind: "count" },
      { label: "Overdue", kind: "count" },
      { label: `Decided in the last ${DECIDED_DAYS} days`, kind: "count" },
    ],
    rows: shown.map((w) => [
      w.userId === null ? "Not assigned" : (w.displayName ?? "Unknown"),
      suppressed(w.awaiting),
      suppressed(w.overdue),
      suppressed(w.decided),
    ]),
  };
}

/** The services dashboard's tables: what its table views show and its CSV files hold. */
export function servicesTables(view: ServicesView, area: Area): Record<string, DashboardTable> {
  const tables: Record<string, DashboardTable> = {
    funnel: funnelTable(view.funnels),
    "decision-times": timesTable(view.times, view.periodDays),
    overdue: overdueTable(view.overdue),
  };
  if (area.level !== "district") tables.areas = childrenTable(view.children, area);
  if (view.caseload) tables.caseload = caseloadTable(view.caseload);
  return tables;
}
