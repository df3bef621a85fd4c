import type { SyncStageStatus } from "@/lib/db/generated/client";

const FILL: Record<SyncStageStatus, string> = {
  pending: "bg-slate-300",
  running: "bg-sky-600",
  succeeded: "bg-emerald-600",
  failed: "bg-rose-600",
  skipped: "bg-slate-300",
};

type Props = { label: string; status: SyncStageStatus; progress: number; className?: string };

/** One stage's progress; a failed stage keeps the length it reached, in red. */
export function SyncProgressBar({ label, status, progress, className = "h-2 w-full" }: Props) {
  const percent = Math.round(Math.min(1, Math.max(0, progress)) * 100);

  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      className={`overflow-hidden rounded-full bg-slate-100 ${className}`}
    >
      <div className={`h-full ${FILL[status]}`} style={{ width: `${percent}%` }} />
    </div>
  );
}
