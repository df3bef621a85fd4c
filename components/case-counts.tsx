import Link from "next/link";
import { worklistHref, type WorklistFilters } from "@/lib/cases/worklist-filters";
import { CASE_STATES, STATE_LABELS, type CaseState } from "@/lib/cases/states";

type Props = {
  filters: WorklistFilters;
  counts: Record<CaseState, number>;
  overdue: number;
};

const CHIP = "rounded-full border px-3 py-1 text-sm";
const OVERDUE = "border-red-300 bg-red-50 text-red-800";
const look = (active: boolean) =>
  active ? "border-sky-800 bg-sky-800 text-white" : "border-slate-300 bg-white text-slate-700";

/** Counts by state over the whole view; each chip filters the list to its state. */
export function CaseCounts({ filters, counts, overdue }: Props) {
  const base = { view: filters.view, service: filters.service };
  const shown = CASE_STATES.filter((state) => counts[state] > 0);

  return (
    <nav aria-label="Cases by state" className="mb-4 flex flex-wrap gap-2">
      <Link
        href={worklistHref(base)}
        className={`${CHIP} ${look(!filters.state && !filters.overdue)}`}
      >
        All {Object.values(counts).reduce((sum, n) => sum + n, 0)}
      </Link>
      <Link
        href={worklistHref({ ...base, overdue: true })}
        className={`${CHIP} ${filters.overdue ? look(true) : overdue > 0 ? OVERDUE : look(false)}`}
      >
        Overdue {overdue}
      </Link>
      {shown.map((state) => (
        <Link
          key={state}
          href={worklistHref({ ...base, state })}
          className={`${CHIP} ${look(filters.state === state)}`}
        >
          {STATE_LABELS[state]} {counts[state]}
        </Link>
      ))}
    </nav>
  );
}
