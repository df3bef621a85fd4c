"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

type Outcome = { ok: true; message: string } | { ok: false; error: string };

type Props = {
  caseId: string;
  version: number;
  workers: { id: string; name: string }[];
  assigneeId: string | null;
  reassign: (input: { caseId: string; version: number; assigneeId: string }) => Promise<Outcome>;
};

/** A supervisor hands the case to another social worker of its district. */
export function CaseReassignForm({ caseId, version, workers, assigneeId, reassign }: Props) {
  const router = useRouter();
  const others = workers.filter((w) => w.id !== assigneeId);
  const [chosen, setChosen] = useState(others[0]?.id ?? "");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, start] = useTransition();
  if (others.length === 0) {
    return <p className="text-sm text-slate-500">No other social worker in this district.</p>;
  }

  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          setOutcome(await reassign({ caseId, version, assigneeId: chosen }));
          router.refresh();
        });
      }}
    >
      <label className="text-sm">
        <span className="block text-slate-600">Reassign to</span>
        <select
          value={chosen}
          onChange={(e) => setChosen(e.target.value)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
        >
          {others.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm"
      >
        Reassign
      </button>
      {outcome ? (
        <p role={outcome.ok ? "status" : "alert"} className="text-sm">
          {outcome.ok ? outcome.message : outcome.error}
        </p>
      ) : null}
    </form>
  );
}
