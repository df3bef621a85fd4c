"use client";

import { useState, useTransition, type FormEvent } from "react";
import { DryRunParamField } from "./dry-run-param-field";
import { DryRunResults } from "./dry-run-results";
import type { DryRunOutcome, DryRunRequest } from "@/lib/services/dry-run-request";
import type { ServiceChoice } from "@/lib/services/override-form";

type Props = {
  services: ServiceChoice[];
  snapshotDate: string;
  run: (input: DryRunRequest) => Promise<DryRunOutcome>;
};

const BUTTON = "rounded-md bg-sky-800 px-4 py-2 text-sm font-medium text-white disabled:opacity-50";

/** Pick a service, change any of its parameters, and count who its rule would flag. */
export function DryRunForm({ services, snapshotDate, run }: Props) {
  const [serviceId, setServiceId] = useState(services[0]?.id ?? "");
  const [values, setValues] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<DryRunOutcome | null>(null);
  const [pending, start] = useTransition();
  const service = services.find((s) => s.id === serviceId);
  const fieldErrors = outcome && !outcome.ok ? outcome.fieldErrors : {};

  const choose = (id: string) => {
    setServiceId(id);
    setValues({});
    setOutcome(null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start(async () => setOutcome(await run({ serviceId, values })));
  };

  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <label className="block text-sm">
          <span className="font-medium">Service</span>
          <select
            name="serviceId"
            value={serviceId}
            onChange={(event) => choose(event.target.value)}
            className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1"
          >
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.subject})
              </option>
            ))}
          </select>
        </label>
        <fieldset className="grid gap-3 md:grid-cols-2">
          <legend className="mb-2 text-sm font-medium">
            Parameters: leave a field empty to keep its default
          </legend>
          {service?.params.map((field) => (
            <DryRunParamField
              key={`${serviceId}-${field.name}`}
              field={field}
              value={values[field.name] ?? ""}
              error={fieldErrors[field.name]}
              onChange={(value) => setValues({ ...values, [field.name]: value })}
            />
          ))}
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={pending} className={BUTTON}>
            {pending ? "Counting…" : "Dry run"}
          </button>
          <span className="text-xs text-slate-500">
            Against the snapshot of {snapshotDate}; nothing is written.
          </span>
        </div>
      </form>
      {outcome && !outcome.ok ? (
        <p role="alert" className="text-sm text-red-700">
          {outcome.error}
        </p>
      ) : null}
      {outcome?.ok ? <DryRunResults result={outcome.result} /> : null}
    </div>
  );
}
