import Link from "next/link";
import type { ReactNode } from "react";
import { formatDuration, formatUtc, TRIGGER_LABELS } from "@/lib/pipeline/run-format";
import type { RunView } from "@/lib/pipeline/run-view";
import { SyncProgressBar } from "./sync-progress-bar";
import { SyncStatusBadge } from "./sync-status-badge";
import { DataTable } from "./data-table";

type Props = {
  runs: RunView[];
  /** The rerun control of each run; only administrators get one. */
  rerun?: (run: RunView) => ReactNode;
};

function StageBars({ run }: { run: RunView }) {
  if (run.stages.length === 0) return <span className="text-slate-400">no stages</span>;

  return (
    <div className="flex min-w-40 gap-1">
      {run.stages.map((stage) => (
        <div key={stage.position} className="flex-1" title={`${stage.name}: ${stage.status}`}>
          <SyncProgressBar
            label={`${stage.name} ${stage.status}`}
            status={stage.status}
            progress={stage.progress}
          />
        </div>
      ))}
    </div>
  );
}

/** Sync runs, newest first, each with its stages as small progress bars. */
export function SyncRunsTable({ runs, rerun }: Props) {
  return (
    <DataTable
      headings={[
        "Started (UTC)",
        "Snapshot",
        "Status",
        "Trigger",
        "By",
        "Duration",
        "Stages",
        ...(rerun ? ["Rerun"] : []),
      ]}
    >
      {runs.map((run) => (
        <tr key={run.id} className="border-t border-slate-100" data-testid="sync-run">
          <td className="whitespace-nowrap px-4 py-2">
            <Link href={`/sync/${run.id}`} className="text-sky-800 hover:underline">
              {formatUtc(run.startedAt)}
            </Link>
          </td>
          <td className="whitespace-nowrap px-4 py-2">{run.snapshotDate}</td>
          <td className="px-4 py-2">
            <SyncStatusBadge status={run.status} />
          </td>
          <td className="px-4 py-2">{TRIGGER_LABELS[run.trigger]}</td>
          <td className="px-4 py-2">{run.triggeredBy?.login ?? "—"}</td>
          <td className="whitespace-nowrap px-4 py-2">{formatDuration(run.durationMs)}</td>
          <td className="px-4 py-2">
            <StageBars run={run} />
          </td>
          {rerun ? <td className="px-4 py-2">{rerun(run)}</td> : null}
        </tr>
      ))}
    </DataTable>
  );
}
