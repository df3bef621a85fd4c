import { STATE_HINTS } from "@/lib/cases/labels";
import { STATE_LABELS, type CaseState } from "@/lib/cases/states";

const LOOK: Record<CaseState, string> = {
  candidate: "bg-sky-50 text-sky-800 ring-sky-200",
  in_review: "bg-indigo-50 text-indigo-800 ring-indigo-200",
  approved: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  rejected: "bg-slate-100 text-slate-700 ring-slate-300",
  notified: "bg-teal-50 text-teal-800 ring-teal-200",
  accepted: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  declined: "bg-slate-100 text-slate-700 ring-slate-300",
  expired: "bg-slate-100 text-slate-700 ring-slate-300",
  paid: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  closed: "bg-slate-100 text-slate-600 ring-slate-300",
};

/** A case's state, with what it waits for when it waits for something. */
export function CaseStateBadge({ state, hint = false }: { state: CaseState; hint?: boolean }) {
  const look = "inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";
  const waiting = hint ? STATE_HINTS[state] : undefined;

  return (
    <span className={`${look} ${LOOK[state]}`}>
      {STATE_LABELS[state]}
      {waiting ? ` · ${waiting}` : ""}
    </span>
  );
}
