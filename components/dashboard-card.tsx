import type { ReactNode } from "react";
import { DashboardTableView } from "./dashboard-table";
import type { DashboardTable } from "@/lib/dashboards/table";

type Props = {
  table: DashboardTable;
  /** The CSV export of the table, with the page's filters. */
  csvHref: string;
  description?: ReactNode;
  /** The chart; without one, the table is the card's content. */
  children?: ReactNode;
  linkFor?: (key: string) => string | null;
};

/**
 * One dashboard figure: a chart, its table view (open when there is no chart) and its CSV
 * export. The table holds the same figures the chart draws, suppressed where counts are small.
 */
export function DashboardCard({ table, csvHref, description, children, linkFor }: Props) {
  const headingId = `card-${table.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-base font-medium">
          {table.title}
        </h2>
        <a href={csvHref} className="text-sm text-sky-800 underline" download>
          Download CSV
        </a>
      </div>
      {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      {children ? (
        <>
          <div className="mt-3">{children}</div>
          <details className="mt-3">
            <summary className="cursor-pointer text-sm text-sky-800">Table view</summary>
            <div className="mt-2">
              <DashboardTableView table={table} linkFor={linkFor} />
            </div>
          </details>
        </>
      ) : (
        <div className="mt-3">
          <DashboardTableView table={table} linkFor={linkFor} />
        </div>
      )}
    </section>
  );
}
