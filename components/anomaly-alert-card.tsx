import type { ReactNode } from "react";
import type { AlertView } from "@/lib/audit/anomalies/list-alerts";

const utc = (at: Date) => at.toISOString().slice(0, 16).replace("T", " ");

/** One open alert: what, who, over which window, the evidence and some records behind it. */
export function AnomalyAlertCard({ alert, children }: { alert: AlertView; children: ReactNode }) {
  const { user } = alert;

  return (
    <article
      aria-labelledby={`alert-${alert.id}`}
      className="space-y-3 rounded-lg border border-amber-300 bg-white p-4"
    >
      <header>
        <h3 id={`alert-${alert.id}`} className="font-medium">
          {alert.label}
        </h3>
        <p className="text-sm text-slate-700">
          {user.name}
          {user.role ? ` · ${user.role}` : ""}
          {user.scope ? ` · ${user.scope}` : ""}
        </p>
        <p className="text-xs text-slate-500">
          {`Window ${utc(alert.windowFrom)} to ${utc(alert.windowTo)} UTC`}
          {` · raised ${utc(alert.raisedAt)} UTC`}
        </p>
      </header>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {alert.evidence.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {alert.subjects.length > 0 ? (
        <p className="text-sm">
          <span className="text-slate-600">Among the records: </span>
          {alert.subjects.map((subject) => (
            <code key={subject} className="mr-2 rounded bg-slate-100 px-1 text-xs">
              {subject}
            </code>
          ))}
        </p>
      ) : null}
      {children}
    </article>
  );
}
