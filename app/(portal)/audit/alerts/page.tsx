import type { Metadata } from "next";
import Link from "next/link";
import { AcknowledgedAlertsTable } from "@/components/acknowledged-alerts-table";
import { AlertAcknowledgeForm } from "@/components/alert-acknowledge-form";
import { AnomalyAlertCard } from "@/components/anomaly-alert-card";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { listAlerts } from "@/lib/audit/anomalies/list-alerts";
import { thresholdsOf } from "@/lib/audit/anomalies/thresholds";
import { requireSection } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { acknowledgeAlertAction } from "./actions";

export const metadata: Metadata = { title: "Anomaly alerts" };

/** Alerts raised from the audit log, open ones first, for auditors to look into. */
export default async function AnomalyAlertsPage() {
  await requireSection("audit");
  const { open, openTotal, acknowledged } = await listAlerts(getDb());
  const t = thresholdsOf(getEnv());
  const rules =
    `A day's family card views of ${t.minReads} or more that are ${t.usualFactor} × the ` +
    `user's usual or ${t.peerFactor} × their peers', or ${t.outOfScopeHits} or more requests ` +
    "for records outside their scope.";

  return (
    <>
      <Link href="/audit" className="text-sm text-sky-800 underline">
        ← Audit log
      </Link>
      <PageHeader title="Anomaly alerts">
        Users who read far more family cards than usual or than their peers, or who keep asking for
        records outside their scope, found in the audit log every few minutes.
      </PageHeader>
      {open.length === 0 && acknowledged.length === 0 ? (
        <EmptyState title="No alerts">An alert is raised for: {rules}</EmptyState>
      ) : (
        <div className="space-y-8">
          <section aria-labelledby="open-alerts" className="space-y-3">
            <h2 id="open-alerts" className="text-lg font-medium">
              Open ({openTotal})
            </h2>
            <p className="text-sm text-slate-600">Raised for: {rules}</p>
            {open.length === 0 ? (
              <p className="text-sm text-slate-600">Every alert has been acknowledged.</p>
            ) : null}
            {open.map((alert) => (
              <AnomalyAlertCard key={alert.id} alert={alert}>
                <AlertAcknowledgeForm alertId={alert.id} acknowledge={acknowledgeAlertAction} />
              </AnomalyAlertCard>
            ))}
            {openTotal > open.length ? (
              <p className="text-sm text-slate-600">
                The newest {open.length} of {openTotal} open alerts are shown.
              </p>
            ) : null}
          </section>
          <AcknowledgedAlertsTable alerts={acknowledged} />
        </div>
      )}
    </>
  );
}
