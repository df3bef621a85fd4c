import { ROLE_LABELS } from "../../auth/roles";
import { describeScope, scopeFrom } from "../../auth/scope";
import type { Db } from "../../db/client";
import type { AnomalyAlert, AnomalyKind } from "../../db/generated/client";
import { ANOMALY_KIND_LABELS, evidenceWords } from "./words";

/** An alert as the auditors' page shows it. */
export type AlertView = {
  id: string;
  kind: AnomalyKind;
  label: string;
  windowFrom: Date;
  windowTo: Date;
  raisedAt: Date;
  user: { name: string; role: string; scope: string };
  evidence: string[];
  subjects: string[];
  acknowledgement: { by: string; at: Date; note: string } | null;
};

export type AlertList = { open: AlertView[]; openTotal: number; acknowledged: AlertView[] };

const OPEN_SHOWN = 200;

/** Open alerts, newest first, then the latest acknowledged ones, each with its user. */
export async function listAlerts(db: Db, acknowledgedShown = 50): Promise<AlertList> {
  const [open, openTotal, acknowledged] = await Promise.all([
    db.anomalyAlert.findMany({
      where: { acknowledgedAt: null },
      orderBy: [{ raisedAt: "desc" }, { id: "asc" }],
      take: OPEN_SHOWN,
    }),
    db.anomalyAlert.count({ where: { acknowledgedAt: null } }),
    db.anomalyAlert.findMany({
      where: { acknowledgedAt: { not: null } },
      orderBy: [{ acknowledgedAt: "desc" }, { id: "asc" }],
      take: acknowledgedShown,
    }),
  ]);
  const alerts = [...open, ...acknowledged];
  const ids = alerts.flatMap((a) => [a.userId, a.acknowledgedById ?? a.userId]);
  const users = await db.user.findMany({ where: { id: { in: [...new Set(ids)] } } });
  const byId = new Map(users.map((u) => [u.id, u]));

  const view = (alert: AnomalyAlert): AlertView => {
    const user = byId.get(alert.userId);
    const by = alert.acknowledgedById ? byId.get(alert.acknowledgedById) : undefined;
    const { lines, subjects } = evidenceWords(alert.kind, alert.evidence, user?.role ?? null);
    return {
      id: alert.id,
      kind: alert.kind,
      label: ANOMALY_KIND_LABELS[alert.kind],
      windowFrom: alert.windowFrom,
      windowTo: alert.windowTo,
      raisedAt: alert.raisedAt,
      user: user
        ? {
            name: user.displayName,
            role: ROLE_LABELS[user.role],
            scope: describeScope(scopeFrom(user)),
          }
        : { name: "a former user", role: "", scope: "" },
      evidence: lines,
      subjects,
      acknowledgement: alert.acknowledgedAt
        ? {
            by: by?.displayName ?? "a former user",
            at: alert.acknowledgedAt,
            note: alert.acknowledgementNote ?? "",
          }
        : null,
    };
  };

  return { open: open.map(view), openTotal, acknowledged: acknowledged.map(view) };
}

/** How many alerts wait for an auditor, for the audit log's link to them. */
export function openAlertCount(db: Db): Promise<number> {
  return db.anomalyAlert.count({ where: { acknowledgedAt: null } });
}
