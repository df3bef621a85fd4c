"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

export type StartSyncResult = { ok: true; runId: string } | { ok: false; error: string };

type Props = {
  label: string;
  /** The snapshot to build; none means today's. */
  snapshotDate?: string;
  start: (input: { snapshotDate?: string }) => Promise<StartSyncResult>;
  size?: "normal" | "small";
};

/** Starts a sync run (administrators only) and opens it; says in words why when it cannot. */
export function SyncStartButton({ label, snapshotDate, start, size = "normal" }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const click = () =>
    startTransition(async () => {
      setError(null);
      const result = await start(snapshotDate ? { snapshotDate } : {});
      if (!result.ok) {
        setError(result.error);
        return;
      }

      router.push(`/sync/${result.runId}`);
    });

  const padding = size === "small" ? "px-2.5 py-1 text-xs" : "px-4 py-2 text-sm";
  const look = "whitespace-nowrap rounded-md bg-sky-800 font-medium text-white hover:bg-sky-900";
  return (
    <div className="flex flex-col items-end gap-2">
      <button
        type="button"
        onClick={click}
        disabled={pending}
        className={`${look} disabled:opacity-60 ${padding}`}
      >
        {pending ? "Starting…" : label}
      </button>
      {error ? (
        <p role="alert" className="max-w-sm rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
