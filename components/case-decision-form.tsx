"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ACTION_LABELS } from "@/lib/cases/labels";
import type { OfferedAction } from "@/lib/cases/case-view";

type Outcome = { ok: true; message: string } | { ok: false; error: string; conflict?: boolean };

type Props = {
  caseId: string;
  version: number;
  actions: OfferedAction[];
  /** What to say when no decision is open to the viewer. */
  closed: string;
  decide: (input: {
    caseId: string;
    version: number;
    action: string;
    reason: string;
    note?: string;
  }) => Promise<Outcome>;
};

const FIELD = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
const BUTTON = "rounded-md bg-sky-800 px-4 py-2 text-sm font-medium text-white disabled:opacity-50";

/**
 * The decisions open to the viewer, each an action with its reason code, and a note. The
 * decision is made at the version shown; if someone decided first, the message says so and
 * the page reloads to show the case as it stands.
 */
export function CaseDecisionForm({ caseId, version, actions, closed, decide }: Props) {
  const router = useRouter();
  const choices = actions.flatMap(({ action, reasons }) =>
    reasons.map((reason) => ({
      value: `${action}:${reason.code}`,
      label: reason.label.startsWith(ACTION_LABELS[action])
        ? reason.label
        : `${ACTION_LABELS[action]}: ${reason.label.toLowerCase()}`,
    })),
  );
  // Nothing is chosen for the user: a decision is always a deliberate pick.
  const [picked, setChoice] = useState("");
  const choice = choices.some((c) => c.value === picked) ? picked : "";
  const [note, setNote] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, start] = useTransition();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const [action = "", reason = ""] = choice.split(":");
    start(async () => {
      const result = await decide({ caseId, version, action, reason, note: note || undefined });
      setOutcome(result);
      if (result.ok) setNote("");
      router.refresh();
    });
  };

  const message = outcome ? (
    <p role={outcome.ok ? "status" : "alert"} className={outcome.ok ? OK : ERROR}>
      {outcome.ok ? outcome.message : outcome.error}
    </p>
  ) : null;
  // The message outlives the form: after a decision the page reloads and may offer no more.
  if (choices.length === 0) {
    return (
      <div className="space-y-2">
        {message}
        <p className="text-sm text-slate-600">{closed}</p>
      </div>
    );
  }

  return (
    <form onSubmit={submit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <label className="block text-sm">
        <span className="font-medium">Decision and reason</span>
        <select value={choice} onChange={(e) => setChoice(e.target.value)} className={FIELD}>
          <option value="" disabled>
            Choose a decision…
          </option>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm">
        <span className="font-medium">Note (optional, no names or IINs)</span>
        <textarea
          value={note}
          onChange={(e) => setNote(e.target.value)}
          rows={2}
          maxLength={1000}
          className={FIELD}
        />
      </label>
      <button type="submit" disabled={pending || !choice} className={BUTTON}>
        {pending ? "Recording…" : "Record decision"}
      </button>
      {message}
    </form>
  );
}

const OK = "text-sm text-emerald-800";
const ERROR = "text-sm text-red-700";
