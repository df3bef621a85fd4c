import type { Scope } from "../auth/scope";
import { OPEN_STATES, type CaseState } from "../cases/states";
import type { Db } from "../db/client";
import type { Area } from "./area";
import { areaSql } from "./case-area";

export const FUNNEL_STAGES = [
  "found",
  "reviewed",
  "approved",
  "notified",
  "accepted",
  "paid",
] as const;

export type FunnelStage = (typeof FUNNEL_STAGES)[number];

const UP_TO_NOTIFIED = ["found", "reviewed", "approved", "notified"] as const;

/**
 * The stages a case has reached, by the state it counts as (case_counts.reached): its state,
 * or for a closed case the state it was closed from. Each state lists the stages that every
 * way to it in lib/cases/transitions.ts passes through, so a rejected case was found and
 * reviewed only, and a declined or expired one was notified. `closed` stands for a case
 * closed from a state not known: closing needs a decision, so it was reviewed. A candidate
 * that carries a recommendation also counts as reviewed (case_counts.reviewed).
 */
export const REACHED: Record<CaseState, readonly FunnelStage[]> = {
  candidate: ["found"],
  in_review: ["found", "reviewed"],
  approved: ["found", "reviewed", "approved"],
  rejected: ["found", "reviewed"],
  notified: UP_TO_NOTIFIED,
  accepted: [...UP_TO_NOTIFIED, "accepted"],
  declined: UP_TO_NOTIFIED,
  expired: UP_TO_NOTIFIED,
  paid: [...UP_TO_NOTIFIED, "accepted", "paid"],
  closed: ["found", "reviewed"],
};

/**
 * One service's funnel: cases that reached at least each stage, how many ended rejected,
 * declined or expired (closed afterwards or not), how many are closed, and how many are open.
 */
export type ServiceFunnel = Record<FunnelStage, number> & {
  serviceId: string;
  rejected: number;
  declined: number;
  expired: number;
  closed: number;
  open: number;
};

type Row = {
  serviceId: string;
  state: CaseState;
  reviewed: boolean;
  reached: CaseState;
  cases: number;
};

const OUTCOMES = ["rejected", "declined", "expired"] as const;

function emptyFunnel(serviceId: string): ServiceFunnel {
  const stages = Object.fromEntries(FUNNEL_STAGES.map((s) => [s, 0])) as Record<FunnelStage, 0>;
  return { serviceId, ...stages, rejected: 0, declined: 0, expired: 0, closed: 0, open: 0 };
}

function addRow(funnel: ServiceFunnel, row: Row) {
  const stages = new Set<FunnelStage>(REACHED[row.reached]);
  if (row.reviewed) stages.add("reviewed");
  for (const stage of stages) funnel[stage] += row.cases;

  for (const outcome of OUTCOMES) if (row.reached === outcome) funnel[outcome] += row.cases;
  if (row.state === "closed") funnel.closed += row.cases;
  if ((OPEN_STATES as readonly CaseState[]).includes(row.state)) funnel.open += row.cases;
}

/**
 * The case funnel of every service with cases in the area (inside the user's scope), from
 * found to paid, read from the case_counts summary alone. Sorted by service id.
 */
export async function serviceFunnel(db: Db, scope: Scope, area: Area): Promise<ServiceFunnel[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT s.service_id AS "serviceId", s.state::text AS state, s.reviewed,
      s.reached::text AS reached, sum(s.cases)::int AS cases
    FROM case_counts s
    WHERE ${areaSql(scope, area)}
    GROUP BY s.service_id, s.state, s.reviewed, s.reached
    HAVING sum(s.cases) <> 0`;

  const funnels = new Map<string, ServiceFunnel>();
  for (const row of rows) {
    const funnel = funnels.get(row.serviceId) ?? emptyFunnel(row.serviceId);
    funnels.set(row.serviceId, funnel);
    addRow(funnel, row);
  }

  return [...funnels.values()].sort((a, b) => a.serviceId.localeCompare(b.serviceId));
}
