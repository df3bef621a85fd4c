import { formatDuration, formatUtc } from "@/lib/pipeline/run-format";
import type { StageView } from "@/lib/pipeline/run-view";
import { SyncProgressBar } from "./sync-progress-bar";
import { SyncStatusBadge } from "./sync-status-badge";
import { DataTable } from "./data-table";

/** A run's stages in the order they run, with progress, duration and any error. */
export function SyncStagesTable({ stages }: { stages: StageView[] }) {
  if (stages.length === 0) {
    return <p className="text-sm text-slate-600">This run had no stages to run.</p>;
  }

  return (
    <DataTable
      headings={[
        "Stage",
        "Status",
        { label: "Progress", className: "w-1/3" },
        "Started (UTC)",
        "Duration",
      ]}
    >
      {stages.map((stage) => (
        <tr
          key={stage.position}
          className="border-t border-slate-100 align-top"
          data-testid="sync-stage"
        >
          <td className="px-4 py-2 font-medium">{stage.name}</td>
          <td className="px-4 py-2">
            <SyncStatusBadge status={stage.status} />
          </td>
          <td className="px-4 py-2">
            <div className="flex items-center gap-2">
              <SyncProgressBar
                label={`${stage.name} progress`}
                status={stage.status}
                progress={stage.progress}
              />
              <span className="w-10 text-right tabular-nums text-slate-600">
                {Math.round(stage.progress * 100)}%
              </span>
            </div>
            {stage.error ? <p className="mt-1 text-rose-800">{stage.error}</p> : null}
            {stage.failedSources.length > 0 ? (
              <p className="mt-1 text-amber-800">
                Kept the previous snapshot of: {stage.failedSources.join(", ")}
              </p>
            ) : null}
          </td>
          <td className="whitespace-nowrap px-4 py-2">{formatUtc(stage.startedAt)}</td>
          <td className="whitespace-nowrap px-4 py-2">{formatDuration(stage.durationMs)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
