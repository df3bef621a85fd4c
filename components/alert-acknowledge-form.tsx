"use client";

import { useState, useTransition } from "react";

type Outcome = { ok: true } | { ok: false; error: string };

type Props = {
  alertId: string;
  acknowledge: (input: { alertId: string; note: string }) => Promise<Outcome>;
};

const FIELD = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
const BUTTON =
  "rounded-md border border-slate-300 bg-slate-50 px-4 py-2 text-sm font-medium text-slate-900";

/** The auditor says what they found before an alert leaves the open list; the note is kept. */
export function AlertAcknowledgeForm({ alertId, acknowledge }: Props) {
  const [note, setNote] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, start] = useTransition();

  if (outcome?.ok) return <p className="text-sm text-green-800">Acknowledged.</p>;

  return (
    <form
      className="space-y-2 border-t border-slate-100 pt-3"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => setOutcome(await acknowledge({ alertId, note })));
      }}
    >
      <label className="block text-sm">
        <span className="font-medium">What did you find, and what was done?</span>
        <textarea
          value={note}
          onChange={(e) => setNote(e.target.value)}
          rows={2}
          maxLength={1000}
          className={FIELD}
          placeholder="For example: checked with the supervisor, a district-wide review that week"
        />
      </label>
      <button type="submit" disabled={pending} className={BUTTON}>
        {pending ? "Acknowledging…" : "Acknowledge"}
      </button>
      {outcome && !outcome.ok ? (
        <p role="alert" className="text-sm text-red-700">
          {outcome.error}
        </p>
      ) : null}
    </form>
  );
}
