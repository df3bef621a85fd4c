import type { SyncRunStatus, SyncStageStatus, SyncTrigger } from "../db/generated/client";

export const RUN_STATUS_LABELS: Record<SyncRunStatus, string> = {
  running: "Running",
  succeeded: "Succeeded",
  partial: "Partial",
  failed: "Failed",
  abandoned: "Abandoned",
};

export const STAGE_STATUS_LABELS: Record<SyncStageStatus, string> = {
  pending: "Pending",
  running: "Running",
  succeeded: "Succeeded",
  failed: "Failed",
  skipped: "Skipped",
};

export const TRIGGER_LABELS: Record<SyncTrigger, string> = {
  cron: "Schedule",
  cli: "Command line",
  admin: "Administrator",
};

/** 420 → "0.4 s", 75 000 → "1 min 15 s", 3 720 000 → "1 h 2 min". */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`;

  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;

  return `${Math.floor(seconds / 3600)} h ${Math.floor((seconds % 3600) / 60)} min`;
}

/** A moment as the portal shows it everywhere: UTC, to the second. */
export function formatUtc(at: Date | null): string {
  return at ? at.toISOString().slice(0, 19).replace("T", " ") : "—";
}
