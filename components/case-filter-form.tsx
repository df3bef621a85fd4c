import { CASE_STATES, STATE_LABELS } from "@/lib/cases/states";
import type { WorklistFilters } from "@/lib/cases/worklist-filters";
import { SERVICES } from "@/lib/services";

const SELECT = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** Service, state and overdue filters: a plain GET form, so a filtered worklist has a URL. */
export function CaseFilterForm({ filters }: { filters: WorklistFilters }) {
  return (
    <form method="get" action="/cases" className="mb-4 flex flex-wrap items-end gap-3">
      <input type="hidden" name="view" value={filters.view} />
      <label className="text-sm">
        <span className="block text-slate-600">Service</span>
        <select name="service" defaultValue={filters.service ?? ""} className={SELECT}>
          <option value="">All services</option>
          {SERVICES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name.en}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block text-slate-600">State</span>
        <select name="state" defaultValue={filters.state ?? ""} className={SELECT}>
          <option value="">Any state</option>
          {CASE_STATES.map((state) => (
            <option key={state} value={state}>
              {STATE_LABELS[state]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 pb-1.5 text-sm">
        <input type="checkbox" name="overdue" value="true" defaultChecked={filters.overdue} />
        Overdue only
      </label>
      <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
        Apply
      </button>
    </form>
  );
}
