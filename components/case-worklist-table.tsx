"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { CaseStateBadge } from "./case-state-badge";
import { DataTable } from "./data-table";
import type { CaseState } from "@/lib/cases/states";

/** A worklist row as the page hands it over: names and dates already in words. */
export type WorklistLine = {
  id: string;
  version: number;
  service: string;
  district: string;
  amount: string;
  state: CaseState;
  flag: string | null;
  assignee: string;
  reviewDue: string;
  overdue: boolean;
};

type Outcome = { ok: true; lines: string[] } | { ok: false; error: string };

type Props = {
  rows: WorklistLine[];
  /** Supervisors: choose cases in review and approve them at once. */
  /** Off for a district's staff, whose cases are all of one district. */
  showDistrict: boolean;
  approveMany?: (input: { cases: { caseId: string; version: number }[] }) => Promise<Outcome>;
  /** Shown in place of the table when no case is left. */
  empty: ReactNode;
};

const DUE = "px-4 py-2 whitespace-nowrap tabular-nums";
const BUTTON = "rounded-md bg-sky-800 px-4 py-2 text-sm font-medium text-white disabled:opacity-50";

/** The worklist's table; for a supervisor, with boxes to approve cases in review in bulk. */
export function CaseWorklistTable({ rows, approveMany, showDistrict, empty }: Props) {
  const router = useRouter();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, start] = useTransition();
  const choosable = approveMany ? rows.filter((row) => row.state === "in_review") : [];

  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  const approve = () =>
    start(async () => {
      const cases = rows
        .filter((row) => chosen.has(row.id))
        .map((row) => ({ caseId: row.id, version: row.version }));
      setOutcome(await approveMany!({ cases }));
      setChosen(new Set());
      router.refresh();
    });

  const headings = [
    ...(approveMany ? [{ label: "Choose", className: "w-16" }] : []),
    "Case",
    "Service",
    ...(showDistrict ? ["District"] : []),
    { label: "Amount, ₸", className: "text-right" },
    "State",
    "Worker",
    "Review by",
  ];
  return (
    <div className="space-y-3">
      {approveMany && rows.length > 0 ? (
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            className={BUTTON}
            disabled={pending || chosen.size === 0}
            onClick={approve}
          >
            {pending ? "Approving…" : `Approve chosen (${chosen.size})`}
          </button>
          <button
            type="button"
            className="text-sm text-sky-800 underline disabled:text-slate-400"
            disabled={choosable.length === 0}
            onClick={() => setChosen(new Set(choosable.map((row) => row.id)))}
          >
            Choose all in review on this page
          </button>
        </div>
      ) : null}
      {outcome ? (
        <div
          role="status"
          className={outcome.ok ? "text-sm text-emerald-800" : "text-sm text-red-700"}
        >
          {outcome.ok ? outcome.lines.map((line) => <p key={line}>{line}</p>) : outcome.error}
        </div>
      ) : null}
      {rows.length === 0 ? (
        empty
      ) : (
        <DataTable headings={headings}>
          {rows.map((row) => (
            <tr
              key={row.id}
              className={`border-t border-slate-100 ${row.overdue ? "bg-red-50" : ""}`}
            >
              {approveMany ? (
                <td className="px-4 py-2">
                  {row.state === "in_review" ? (
                    <input
                      type="checkbox"
                      aria-label={`Choose case ${row.id.slice(0, 8)}`}
                      checked={chosen.has(row.id)}
                      onChange={() => toggle(row.id)}
                    />
                  ) : null}
                </td>
              ) : null}
              <td className="px-4 py-2 font-mono text-xs">
                <Link href={`/cases/${row.id}`} className="text-sky-800 underline">
                  {row.id.slice(0, 8)}
                </Link>
              </td>
              <td className="px-4 py-2">{row.service}</td>
              {showDistrict ? <td className="px-4 py-2">{row.district}</td> : null}
              <td className="px-4 py-2 text-right tabular-nums">{row.amount}</td>
              <td className="px-4 py-2">
                <CaseStateBadge state={row.state} hint />
                {row.flag ? (
                  <span className="ml-2 text-xs font-medium text-red-700">No longer entitled</span>
                ) : null}
              </td>
              <td className="px-4 py-2 whitespace-nowrap">{row.assignee}</td>
              <td className={`${DUE} ${row.overdue ? "font-medium text-red-700" : ""}`}>
                {row.reviewDue}
                {row.overdue ? " · overdue" : ""}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
