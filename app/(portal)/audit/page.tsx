import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { openAlertCount } from "@/lib/audit/anomalies/list-alerts";
import { recentAuditEvents } from "@/lib/audit/recent";
import { requireSection } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "Audit log" };

const ACTION_LABELS: Record<string, string> = {
  sign_in: "Signed in",
  sign_in_refused: "Sign-in refused",
  sign_out: "Signed out",
  family_card_view: "Viewed a family card",
  identity_reveal: "Revealed an identity",
  decision: "Decided a case",
  export: "Exported data",
  configuration_change: "Changed configuration",
  sync_trigger: "Started a sync",
  out_of_scope: "Asked for a record outside their scope",
  alert_acknowledged: "Acknowledged an anomaly alert",
};

export default async function AuditPage() {
  await requireSection("audit");
  const [events, openAlerts] = await Promise.all([
    recentAuditEvents(getDb()),
    openAlertCount(getDb()),
  ]);

  return (
    <>
      <PageHeader title="Audit log">
        Append-only record of sign-ins, reads of personal data, decisions and exports.
      </PageHeader>
      <p className="mb-4 text-sm">
        <Link href="/audit/alerts" className="text-sky-800 underline">
          Anomaly alerts
        </Link>
        {openAlerts > 0 ? ` · ${openAlerts} open` : " · none open"}
      </p>
      {events.length === 0 ? (
        <EmptyState title="Nothing recorded yet">
          Records appear as people use the portal.
        </EmptyState>
      ) : (
        <DataTable headings={["When (UTC)", "Who", "What", "Subject", "From"]}>
          {events.map((event) => (
            <tr key={event.id} className="border-t border-slate-100">
              <td className="whitespace-nowrap px-4 py-2">
                {event.at.toISOString().slice(0, 19).replace("T", " ")}
              </td>
              <td className="px-4 py-2">{event.actor ?? "—"}</td>
              <td className="px-4 py-2">{ACTION_LABELS[event.action] ?? event.action}</td>
              <td className="px-4 py-2">{event.subject ?? "—"}</td>
              <td className="px-4 py-2">{event.address ?? "—"}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
