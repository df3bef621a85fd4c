import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { SyncAutoRefresh } from "@/components/sync-auto-refresh";
import { SyncRunSummary } from "@/components/sync-run-summary";
import { SyncStageCounts } from "@/components/sync-stage-counts";
import { SyncStagesTable } from "@/components/sync-stages-table";
import { SyncStartButton } from "@/components/sync-start-button";
import { requireSection } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { canStartSync } from "@/lib/pipeline/can-start-sync";
import { runById } from "@/lib/pipeline/run-by-id";
import { deadRunReason } from "@/lib/pipeline/run-liveness";
import { STALE_AFTER_MS } from "@/lib/pipeline/run-timing";
import { startSyncAction } from "../start-sync-action";

export const metadata: Metadata = { title: "Sync run" };

type Props = { params: Promise<{ id: string }> };

export default async function SyncRunPage({ params }: Props) {
  const user = await requireSection("sync");
  const run = await runById(getDb(), (await params).id);
  if (!run) notFound();

  const running = run.status === "running";
  const deadBecause = running ? deadRunReason(run, { staleAfterMs: STALE_AFTER_MS }) : null;
  return (
    <>
      <Link href="/sync" className="text-sm text-sky-800 hover:underline">
        ← Sync runs
      </Link>
      <div className="mt-2 flex flex-wrap items-start justify-between gap-4">
        <PageHeader title={`Sync of ${run.snapshotDate}`}>Run {run.id}</PageHeader>
        {canStartSync(user.role) ? (
          <SyncStartButton
            label="Rerun this snapshot"
            snapshotDate={run.snapshotDate}
            start={startSyncAction}
          />
        ) : null}
      </div>
      {running && !deadBecause ? <SyncAutoRefresh /> : null}
      <SyncRunSummary run={run} deadBecause={deadBecause} />
      <h2 className="mb-3 mt-8 text-lg font-medium">Stages</h2>
      <SyncStagesTable stages={run.stages} />
      {run.stages.some((stage) => stage.counts !== null) ? (
        <>
          <h2 className="mb-3 mt-8 text-lg font-medium">Counts</h2>
          <div className="space-y-4">
            {run.stages.map((stage) => (
              <SyncStageCounts key={stage.position} stage={stage} />
            ))}
          </div>
        </>
      ) : null}
    </>
  );
}
