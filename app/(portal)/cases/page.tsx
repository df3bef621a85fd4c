import type { Metadata } from "next";
import Link from "next/link";
import { CaseCounts } from "@/components/case-counts";
import { CaseFilterForm } from "@/components/case-filter-form";
import { CaseWorklistTable, type WorklistLine } from "@/components/case-worklist-table";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { describeScope } from "@/lib/auth/scope";
import { requireSection } from "@/lib/auth/session";
import { canExportPayments } from "@/lib/cases/payment-list";
import { listCases, type WorklistRow } from "@/lib/cases/worklist";
import { WorklistFilters, worklistHref } from "@/lib/cases/worklist-filters";
import { getDb } from "@/lib/db/client";
import { findDistrict } from "@/lib/geo";
import { SERVICES } from "@/lib/services";
import { approveManyAction } from "./actions";

export const metadata: Metadata = { title: "Cases" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SERVICE_NAMES = new Map(SERVICES.map((s) => [s.id, s.name.en]));
const BAR = "mb-4 flex flex-wrap items-end justify-between gap-3 border-b border-slate-200";
const MONEY = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2 });

async function lines(rows: WorklistRow[]): Promise<WorklistLine[]> {
  const ids = [...new Set(rows.map((row) => row.assigneeId).filter((id) => id !== null))];
  const workers = await getDb().user.findMany({ where: { id: { in: ids } } });
  const names = new Map(workers.map((w) => [w.id, w.displayName]));

  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    service: SERVICE_NAMES.get(row.serviceId) ?? row.serviceId,
    district: findDistrict(row.districtKato)?.name.en ?? row.districtKato,
    amount: MONEY.format(Number(row.amount)),
    state: row.state,
    flag: row.flag,
    assignee: row.assigneeId ? (names.get(row.assigneeId) ?? "—") : "Unassigned",
    reviewDue: row.reviewDue.toISOString().slice(0, 10),
    overdue: row.overdue,
  }));
}

/**
 * The worklist: a worker's own cases or the team's, awaiting a decision first by deadline (so
 * overdue cases lead), with counts by state; supervisors approve cases in review in bulk.
 */
export default async function CasesPage({ searchParams }: Props) {
  const user = await requireSection("cases");
  const params = await searchParams;
  const view = user.role === "social_worker" ? "mine" : "team";
  const filters = WorklistFilters.parse({ view, ...params });
  const worklist = await listCases(getDb(), user, filters);
  const total = Object.values(worklist.counts).reduce((sum, n) => sum + n, 0);
  const tab = (which: "mine" | "team", label: string) => (
    <Link
      href={worklistHref({ view: which })}
      aria-current={filters.view === which ? "page" : undefined}
      className={
        filters.view === which
          ? "border-b-2 border-sky-800 px-1 pb-2 font-medium text-sky-900"
          : "px-1 pb-2 text-slate-600"
      }
    >
      {label}
    </Link>
  );

  return (
    <>
      <PageHeader title="Cases">
        Proactive service cases in {describeScope(user.scope)}: review candidates found by the sync,
        decide, and follow them to payment.
      </PageHeader>
      <div className={BAR}>
        <nav aria-label="Worklists" className="flex gap-6 text-sm">
          {user.role === "regional_manager" ? null : tab("mine", "My cases")}
          {tab("team", "Team's cases")}
        </nav>
        {canExportPayments(user.role) ? (
          <a href="/cases/payments.csv" className="pb-2 text-sm text-sky-800 underline">
            Export payment list (CSV)
          </a>
        ) : null}
      </div>
      <CaseCounts filters={filters} counts={worklist.counts} overdue={worklist.overdue} />
      <CaseFilterForm filters={filters} />
      {/* One table whether or not rows are left, so a bulk approval's outcome stays in view
          after the approved cases leave the list. */}
      <CaseWorklistTable
        rows={await lines(worklist.rows)}
        showDistrict={user.scope.level !== "district"}
        approveMany={user.role === "supervisor" ? approveManyAction : undefined}
        empty={
          <EmptyState title={total === 0 ? "No cases yet" : "No cases match these filters"}>
            {total === 0
              ? "When a sync finds someone entitled to a proactive service who does not yet " +
                "receive it, a case appears here for review."
              : "Try another state or service, or clear the filters."}
          </EmptyState>
        }
      />
      <nav aria-label="Pages" className="mt-4 flex gap-4 text-sm">
        {filters.after ? (
          <Link href={worklistHref(filters)} className="text-sky-800 underline">
            First page
          </Link>
        ) : null}
        {worklist.next ? (
          <Link href={worklistHref(filters, worklist.next)} className="text-sky-800 underline">
            Next page
          </Link>
        ) : null}
      </nav>
    </>
  );
}
