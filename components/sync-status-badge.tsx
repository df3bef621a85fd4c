import type { SyncRunStatus, SyncStageStatus } from "@/lib/db/generated/client";
import { RUN_STATUS_LABELS, STAGE_STATUS_LABELS } from "@/lib/pipeline/run-format";

const COLOURS: Record<SyncRunStatus | SyncStageStatus, string> = {
  running: "bg-sky-50 text-sky-800 ring-sky-200",
  succeeded: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  partial: "bg-amber-50 text-amber-800 ring-amber-200",
  failed: "bg-rose-50 text-rose-800 ring-rose-200",
  abandoned: "bg-slate-100 text-slate-700 ring-slate-300",
  pending: "bg-white text-slate-600 ring-slate-200",
  skipped: "bg-slate-50 text-slate-500 ring-slate-200",
};

type Props = { status: SyncRunStatus | SyncStageStatus };

export function SyncStatusBadge({ status }: Props) {
  const label =
    status in RUN_STATUS_LABELS
      ? RUN_STATUS_LABELS[status as SyncRunStatus]
      : STAGE_STATUS_LABELS[status as SyncStageStatus];

  const look = "inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";
  return <span className={`${look} ${COLOURS[status]}`}>{label}</span>;
}
