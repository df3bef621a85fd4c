import type { PortalUser } from "../auth/user";
import type { Db } from "../db/client";
import type { Case } from "../db/generated/client";
import { SERVICES, type Service } from "../services";
import { conditionWords } from "../services/condition-words";
import { sourceTitle } from "../services/source-names";
import { caseScopeWhere } from "./case-scope";
import { reasonLabel } from "./labels";
import { isOverdue } from "./overdue";
import type { CaseState } from "./states";
import { actionsFor, transitionOf, type CaseAction } from "./transitions";

/** One condition of the service's rule as the case page shows it. */
export type EvidenceRow = {
  id: string;
  label: string;
  value: string;
  /** What the value must meet, in words; null for a value that only sets the amount. */
  condition: string | null;
  sources: string[];
};

export type CaseHistoryEntry = {
  at: Date;
  who: string;
  from: CaseState | null;
  to: CaseState;
  reason: string;
  note: string | null;
};

/** An action the viewer may take now, with the reasons its form offers. */
export type OfferedAction = { action: CaseAction; reasons: { code: string; label: string }[] };

export type CaseView = {
  case: Case;
  service: Service;
  overdue: boolean;
  evidence: EvidenceRow[];
  history: CaseHistoryEntry[];
  assignee: string | null;
  reviewer: string | null;
  actions: OfferedAction[];
  /** Why a supervisor may not decide: they recommended the case themselves. */
  ownReview: boolean;
  /** Supervisors: the active social workers of the case's district, to reassign to. */
  workers: { id: string; name: string }[];
};

const NUMBER = /^-?\d+(\.\d+)?$/;
const GROUPED = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** A value as the lake holds it, numbers grouped for reading (310200 → 310,200). */
type Value = string | number | boolean | null | undefined;

function shown(value: Value): string {
  if (value === undefined || value === null || value === "") return "—";
  const text = String(value);
  return NUMBER.test(text) ? GROUPED.format(Number(text)) : text;
}

/** The service's evidence for a case: each value beside the condition it had to meet. */
export function evidenceRows(service: Service, c: Pick<Case, "evidence" | "snapshotDate">) {
  const values = (c.evidence ?? {}) as Record<string, Value>;
  const snapshotDate = c.snapshotDate.toISOString().slice(0, 10);

  return service.evidence.map((e): EvidenceRow => ({
    id: e.id,
    label: e.label.en,
    value: shown(values[e.id]),
    condition: conditionWords(service, e, snapshotDate),
    sources: e.sources.map(sourceTitle),
  }));
}

function offeredActions(user: PortalUser, c: Case, ownReview: boolean): OfferedAction[] {
  return actionsFor(user.role, c.state)
    .filter((action) => !(transitionOf(action).notByReviewer && ownReview))
    .map((action) => ({
      action,
      reasons: transitionOf(action).reasons.map((code) => ({ code, label: reasonLabel(code) })),
    }));
}

/**
 * Everything the case page shows, read inside the user's scope: null when the case is not
 * there or not theirs, which the page answers as not found. Staff names in the history are
 * colleagues'; the subject's identity is never here (it needs the audited reveal).
 */
export async function caseView(db: Db, user: PortalUser, caseId: string): Promise<CaseView | null> {
  const found = await db.case.findFirst({
    where: { id: caseId, ...caseScopeWhere(user.scope) },
    include: { events: { orderBy: [{ at: "asc" }, { id: "asc" }] } },
  });
  const service = found && SERVICES.find((s) => s.id === found.serviceId);
  if (!found || !service) return null;

  const { events, ...c } = found;
  const staffIds = [c.assigneeId, c.reviewerId, ...events.map((e) => e.actorId)];
  const known = staffIds.filter((id): id is string => id !== null);
  const [staff, workers] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...new Set(known)] } } }),
    user.role === "supervisor"
      ? db.user.findMany({
          where: { role: "social_worker", active: true, districtCode: c.districtKato },
          orderBy: { displayName: "asc" },
        })
      : [],
  ]);
  const names = new Map(staff.map((u) => [u.id, u.displayName]));
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? "a former colleague") : null);
  const ownReview = c.reviewerId === user.id;

  return {
    case: c,
    service,
    overdue: isOverdue(c, new Date()),
    evidence: evidenceRows(service, c),
    history: events.map((e) => ({
      at: e.at,
      who: nameOf(e.actorId) ?? `the portal (${e.actorSystem ?? "system"})`,
      from: e.fromState,
      to: e.toState,
      reason: e.reason,
      note: e.note,
    })),
    assignee: nameOf(c.assigneeId),
    reviewer: nameOf(c.reviewerId),
    actions: offeredActions(user, c, ownReview),
    ownReview,
    workers: workers.map((w) => ({ id: w.id, name: w.displayName })),
  };
}
