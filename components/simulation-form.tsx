"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { SimulationResults } from "./simulation-results";
import type { DraftForm } from "@/lib/scoring/config/draft-input";
import { DIMENSIONS, DIMENSION_NAMES } from "@/lib/scoring/dimensions";
import type { Simulation } from "@/lib/scoring/simulate";

type Outcome<T> = ({ ok: true } & T) | { ok: false; error: string };

type Props = {
  initial: DraftForm;
  canPublish: boolean;
  simulate: (draft: DraftForm) => Promise<Outcome<{ result: Simulation }>>;
  save: (draft: DraftForm) => Promise<Outcome<{ saved: true }>>;
  publish: (draft: DraftForm) => Promise<Outcome<{ version: number }>>;
  rescore: () => Promise<Outcome<{ version: number; snapshot: string }>>;
};

const INPUT = "w-28 rounded-md border border-slate-300 px-2 py-1 text-sm tabular-nums";
const BUTTON = "rounded-md px-4 py-2 text-sm font-medium disabled:opacity-50";

/** A draft of weights, k and bands, simulated live over the current snapshot. */
export function SimulationForm(props: Props) {
  const { initial, canPublish, simulate, save, publish, rescore } = props;
  const router = useRouter();
  const [draft, setDraft] = useState(initial);
  const [result, setResult] = useState<Simulation | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();

  const run = (action: () => Promise<Outcome<object>>, done: (o: object) => string | null) =>
    start(async () => {
      setMessage(null);
      const outcome = await action();
      if (!outcome.ok) return setMessage({ error: true, text: outcome.error });
      const text = done(outcome);
      if (text) setMessage({ error: false, text });
    });

  const field = (label: string, value: string, set: (v: string) => void) => (
    <label key={label} className="flex items-center justify-between gap-3 text-sm">
      <span>{label}</span>
      <input className={INPUT} value={value} onChange={(e) => set(e.target.value)} />
    </label>
  );

  return (
    <div className="space-y-6">
      <div className="grid gap-6 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-3">
        <fieldset className="space-y-2">
          <legend className="mb-1 font-medium">Dimension weights</legend>
          {DIMENSIONS.map((d) =>
            field(DIMENSION_NAMES[d].en, draft.dimensions[d], (v) =>
              setDraft({ ...draft, dimensions: { ...draft.dimensions, [d]: v } }),
            ),
          )}
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="mb-1 font-medium">Poverty cutoff and class bands</legend>
          {field("k (poor at or above)", draft.k, (k) => setDraft({ ...draft, k }))}
          {(["B", "C", "D", "E"] as const).map((b) =>
            field(`Class ${b} from score`, draft.bands[b], (v) =>
              setDraft({ ...draft, bands: { ...draft.bands, [b]: v } }),
            ),
          )}
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="mb-1 font-medium">Draft</legend>
          <label className="block text-sm">
            <span>Name</span>
            <input
              className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            />
          </label>
          <p className="text-xs text-slate-500">
            Weights are fractions such as 1/5 or decimals; each dimension&apos;s weight is split
            equally among its indicators, and they must sum to 1.
          </p>
        </fieldset>
      </div>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          disabled={pending}
          className={`${BUTTON} bg-sky-800 text-white hover:bg-sky-900`}
          onClick={() =>
            run(
              () => simulate(draft),
              (o) => (setResult((o as { result: Simulation }).result), null),
            )
          }
        >
          {pending ? "Working…" : "Simulate"}
        </button>
        <button
          type="button"
          disabled={pending}
          className={`${BUTTON} border border-slate-300`}
          onClick={() =>
            run(
              () => save(draft),
              () => "Draft saved.",
            )
          }
        >
          Save draft
        </button>
        {canPublish ? (
          <>
            <button
              type="button"
              disabled={pending}
              className={`${BUTTON} border border-slate-300`}
              onClick={() =>
                run(
                  () => publish(draft),
                  (o) => {
                    router.refresh();
                    return `Published as version ${(o as { version: number }).version}.`;
                  },
                )
              }
            >
              Publish as new version
            </button>
            <button
              type="button"
              disabled={pending}
              className={`${BUTTON} border border-slate-300`}
              onClick={() =>
                run(rescore, (o) => {
                  const { version, snapshot } = o as { version: number; snapshot: string };
                  return `Snapshot ${snapshot} re-scored with version ${version}.`;
                })
              }
            >
              Re-score current snapshot
            </button>
          </>
        ) : null}
      </div>
      {message ? (
        <p role={message.error ? "alert" : "status"} className="text-sm">
          <span className={message.error ? "text-red-700" : "text-emerald-800"}>
            {message.text}
          </span>
        </p>
      ) : null}
      {result ? <SimulationResults result={result} /> : null}
    </div>
  );
}
