"use client";

import { useState, useTransition } from "react";
import type { Identity } from "@/lib/identity/vault";

type Outcome = { ok: true; identity: Identity } | { ok: false; error: string };

type Props = {
  caseId: string;
  reveal: (input: { caseId: string; reason: string }) => Promise<Outcome>;
};

const REVEALED =
  "grid grid-cols-[8rem_1fr] gap-x-4 gap-y-1 rounded-lg border border-amber-300 bg-amber-50 " +
  "p-4 text-sm";
const BUTTON =
  "rounded-md border border-amber-400 bg-amber-50 px-4 py-2 text-sm font-medium text-amber-900";
const FIELD = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/**
 * Who the case is about stays hidden until the worker says why they need it; the reason goes
 * to the audit log before the identity is shown, and it is shown on this page only.
 */
export function CaseRevealForm({ caseId, reveal }: Props) {
  const [reason, setReason] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, start] = useTransition();

  if (outcome?.ok) {
    const { name, iin, phone, address } = outcome.identity;
    return (
      <dl className={REVEALED}>
        <dt className="text-slate-600">Name</dt>
        <dd className="font-medium" data-testid="revealed-name">
          {name}
        </dd>
        <dt className="text-slate-600">IIN</dt>
        <dd className="font-mono">{iin}</dd>
        <dt className="text-slate-600">Phone</dt>
        <dd>{phone ?? "not registered"}</dd>
        <dt className="text-slate-600">Address</dt>
        <dd>{address ?? "not registered"}</dd>
      </dl>
    );
  }

  return (
    <form
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => setOutcome(await reveal({ caseId, reason })));
      }}
    >
      <label className="block text-sm">
        <span className="font-medium">Why do you need to see who this is?</span>
        <textarea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={2}
          maxLength={500}
          className={FIELD}
          placeholder="For example: to call the family about the documents for this case"
        />
      </label>
      <button type="submit" disabled={pending} className={BUTTON}>
        {pending ? "Revealing…" : "Reveal identity"}
      </button>
      <p className="text-xs text-slate-500">
        The reveal and your reason are kept in the audit log.
      </p>
      {outcome && !outcome.ok ? (
        <p role="alert" className="text-sm text-red-700">
          {outcome.error}
        </p>
      ) : null}
    </form>
  );
}
