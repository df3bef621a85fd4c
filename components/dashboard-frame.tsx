import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader } from "./page-header";
import type { Scope } from "@/lib/auth/scope";
import { areaName, scopeArea, type Area } from "@/lib/dashboards/area";
import { DASHBOARD_PAGES, pagePath, type DashboardPageId } from "@/lib/dashboards/pages";
import { dashboardHref, type DashboardParams } from "@/lib/dashboards/params";

type Props = {
  page: DashboardPageId;
  scope: Scope;
  area: Area;
  params: DashboardParams;
  /** The page's own filter fields, inside the frame's filter form. */
  filters?: ReactNode;
  children: ReactNode;
};

/** The areas from the top of the user's scope down to the one shown, for the breadcrumb. */
function trail(scope: Scope, area: Area): Area[] {
  const chain: Area[] = [{ level: "national" }];
  if (area.level !== "national") chain.push({ level: "region", regionCode: area.regionCode });
  if (area.level === "district") chain.push(area);
  const top = scopeArea(scope).level;
  const depth = { national: 0, region: 1, district: 2 }[top];
  return chain.slice(depth);
}

const areaParams = (area: Area) => ({
  region: area.level === "national" ? undefined : area.regionCode,
  district: area.level === "district" ? area.districtKato : undefined,
});

/**
 * Every dashboard's frame: the area shown with links back up to the user's scope, the tabs
 * (which keep the area and dates), and a filter form that works without JavaScript.
 */
export function DashboardFrame({ page, scope, area, params, filters, children }: Props) {
  const path = pagePath(page);
  const chain = trail(scope, area);
  return (
    <>
      <PageHeader title="Dashboards">
        Well-being, class movement and services in {areaName(area)}.
      </PageHeader>
      <nav aria-label="Area" className="mb-3 text-sm">
        <ol className="flex flex-wrap gap-1 text-slate-600">
          {chain.map((step, index) => (
            <li key={index} className="flex gap-1">
              {index > 0 ? <span aria-hidden>›</span> : null}
              {index === chain.length - 1 ? (
                <span aria-current="location" className="font-medium text-slate-900">
                  {areaName(step)}
                </span>
              ) : (
                <Link href={dashboardHref(path, params, areaParams(step))} className="underline">
                  {areaName(step)}
                </Link>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <nav aria-label="Dashboards" className="mb-4 flex flex-wrap gap-1 border-b border-slate-200">
        {DASHBOARD_PAGES.map((tab) => (
          <Link
            key={tab.id}
            href={dashboardHref(tab.path, params)}
            aria-current={tab.id === page ? "page" : undefined}
            className={
              tab.id === page
                ? "-mb-px border-b-2 border-sky-800 px-3 py-2 text-sm font-medium text-sky-900"
                : "px-3 py-2 text-sm text-slate-600 hover:text-slate-900"
            }
          >
            {tab.label}
          </Link>
        ))}
      </nav>
      {filters ? (
        <form method="get" action={path} className="mb-4 flex flex-wrap items-end gap-3 text-sm">
          {Object.entries(areaParams(area)).map(([name, value]) =>
            value ? <input key={name} type="hidden" name={name} value={value} /> : null,
          )}
          {filters}
          <button type="submit" className="rounded-md bg-sky-800 px-4 py-2 font-medium text-white">
            Show
          </button>
        </form>
      ) : null}
      <div className="space-y-4">{children}</div>
    </>
  );
}

/** Snapshot dates as the options of a select, each named by itself. */
export const dateOptions = (dates: readonly string[]) =>
  dates.map((day) => ({ value: day, label: day }));

/** A labelled select of the frame's filter form. */
export function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  return (
    <label className="flex flex-col gap-1">
      <span className="text-slate-600">{label}</span>
      <select
        name={name}
        defaultValue={value ?? ""}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
