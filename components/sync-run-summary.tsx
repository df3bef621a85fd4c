import Link from "next/link";
import type { ReactNode } from "react";
import { formatDuration, formatUtc, TRIGGER_LABELS } from "@/lib/pipeline/run-format";
import type { RunView } from "@/lib/pipeline/run-view";
import { SyncStatusBadge } from "./sync-status-badge";

type Props = {
  run: RunView;
  /** Why a run still recorded as running is dead, when it is. */
  deadBecause: string | null;
};

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}

function Notice({ tone, children }: { tone: "rose" | "amber"; children: ReactNode }) {
  const colours = tone === "rose" ? "bg-rose-50 text-rose-800" : "bg-amber-50 text-amber-800";
  return <p className={`mt-4 rounded-md px-3 py-2 text-sm ${colours}`}>{children}</p>;
}

/** Who started a run, when, where it runs, and how it ended. */
export function SyncRunSummary({ run, deadBecause }: Props) {
  const failedSources = [...new Set(run.stages.flatMap((stage) => stage.failedSources))];

  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4">
      <dl className="grid grid-cols-2 gap-4 text-sm sm:grid-cols-4">
        <Fact label="Status">
          <SyncStatusBadge status={run.status} />
        </Fact>
        <Fact label="Snapshot">{run.snapshotDate}</Fact>
        <Fact label="Trigger">{TRIGGER_LABELS[run.trigger]}</Fact>
        <Fact label="By">{run.triggeredBy?.login ?? "—"}</Fact>
        <Fact label="Started (UTC)">{formatUtc(run.startedAt)}</Fact>
        <Fact label="Finished (UTC)">{formatUtc(run.finishedAt)}</Fact>
        <Fact label="Duration">{formatDuration(run.durationMs)}</Fact>
        <Fact label="Process">
          {run.host}, pid {run.pid}
        </Fact>
      </dl>
      {run.takenOverFrom ? (
        <p className="mt-4 text-sm text-slate-600">
          Took over from the abandoned{" "}
          <Link href={`/sync/${run.takenOverFrom}`} className="text-sky-800 hover:underline">
            earlier run
          </Link>
          .
        </p>
      ) : null}
      {run.error ? <Notice tone="rose">{run.error}</Notice> : null}
      {failedSources.length > 0 ? (
        <Notice tone="amber">
          These sources failed and keep their previous snapshot: {failedSources.join(", ")}.
        </Notice>
      ) : null}
      {deadBecause ? (
        <Notice tone="amber">
          This run looks dead: {deadBecause}. The next trigger marks it abandoned and takes over.
        </Notice>
      ) : null}
    </section>
  );
}
