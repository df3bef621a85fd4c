import { DataTable } from "./data-table";
import type { AlertView } from "@/lib/audit/anomalies/list-alerts";

const utc = (at: Date) => at.toISOString().slice(0, 16).replace("T", " ");

/** Alerts an auditor has looked into, latest acknowledgement first, with their notes. */
export function AcknowledgedAlertsTable({ alerts }: { alerts: AlertView[] }) {
  return (
    <section aria-labelledby="acknowledged-alerts" className="space-y-2">
      <h2 id="acknowledged-alerts" className="text-lg font-medium">
        Acknowledged
      </h2>
      {alerts.length === 0 ? (
        <p className="text-sm text-slate-600">No alert has been acknowledged yet.</p>
      ) : (
        <DataTable
          headings={["Day (UTC)", "Alert", "User", "Evidence", "Acknowledged (UTC)", "Note"]}
        >
          {alerts.map((alert) => (
            <tr key={alert.id} className="border-t border-slate-100 align-top">
              <td className="whitespace-nowrap px-4 py-2">
                {alert.windowFrom.toISOString().slice(0, 10)}
              </td>
              <td className="px-4 py-2">{alert.label}</td>
              <td className="px-4 py-2">
                {alert.user.name}
                <span className="block text-xs text-slate-500">{alert.user.role}</span>
              </td>
              <td className="px-4 py-2 text-slate-700">{alert.evidence[0]}</td>
              <td className="px-4 py-2">
                {alert.acknowledgement?.by}
                <span className="block whitespace-nowrap text-xs text-slate-500">
                  {alert.acknowledgement ? utc(alert.acknowledgement.at) : ""}
                </span>
              </td>
              <td className="px-4 py-2 text-slate-700">{alert.acknowledgement?.note}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
