import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { SyncAutoRefresh } from "@/components/sync-auto-refresh";
import { SyncRunsTable } from "@/components/sync-runs-table";
import { SyncStartButton } from "@/components/sync-start-button";
import { requireSection } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { canStartSync } from "@/lib/pipeline/can-start-sync";
import { recentRuns } from "@/lib/pipeline/recent-runs";
import { startSyncAction } from "./start-sync-action";

export const metadata: Metadata = { title: "Sync runs" };

export default async function SyncRunsPage() {
  const user = await requireSection("sync");
  const runs = await recentRuns(getDb());
  const admin = canStartSync(user.role);

  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader title="Sync runs">
          The nightly load of the state registries into the lake.
        </PageHeader>
        {admin ? <SyncStartButton label="Run sync now" start={startSyncAction} /> : null}
      </div>
      {runs.some((run) => run.status === "running") ? <SyncAutoRefresh /> : null}
      {runs.length === 0 ? (
        <EmptyState title="No sync has run yet">
          Each run lands, validates, depersonalises and integrates every registry. Its stages,
          counts and quarantined rows will be listed here.
        </EmptyState>
      ) : (
        <SyncRunsTable
          runs={runs}
          rerun={
            admin
              ? (run) => (
                  <SyncStartButton
                    label="Rerun"
                    size="small"
                    snapshotDate={run.snapshotDate}
                    start={startSyncAction}
                  />
                )
              : undefined
          }
        />
      )}
    </>
  );
}
