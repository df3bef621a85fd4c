import type { Metadata } from "next";
import { DashboardBarChart } from "@/components/charts/bar-chart";
import { DashboardCard } from "@/components/dashboard-card";
import { DashboardFrame, dateOptions, FilterSelect } from "@/components/dashboard-frame";
import { DashboardNotice } from "@/components/dashboard-notice";
import { DashboardTiles } from "@/components/dashboard-tiles";
import { childName } from "@/lib/dashboards/area";
import { drillDown } from "@/lib/dashboards/drill-down";
import { exportPath, pagePath } from "@/lib/dashboards/pages";
import { dashboardHref } from "@/lib/dashboards/params";
import { chartCount, suppressed, suppressedChange } from "@/lib/dashboards/table";
import { loadOverview, overviewTables } from "@/lib/dashboards/views/overview";
import { CLASSES } from "@/lib/scoring/config/classes";
import { dashboardContext, type Search } from "./context";
import { DashboardNotReady } from "./not-ready";

export const metadata: Metadata = { title: "Dashboards" };

const count = (value: number | string) =>
  typeof value === "number" ? value.toLocaleString("en-GB") : value;
const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
const points = (value: number) => `${value > 0 ? "+" : ""}${(value * 100).toFixed(1)} pp`;

export default async function OverviewPage({ searchParams }: { searchParams: Search }) {
  const result = await dashboardContext(searchParams);
  if (result.kind !== "ready") return <DashboardNotReady page="overview" result={result} />;
  const { user, lake, area, params, dates, date, previous, since } = result.context;
  const view = await loadOverview(lake, user.scope, area, { date, previous, since });
  const filters = (
    <>
      <FilterSelect name="date" label="Snapshot" value={date} options={dateOptions(dates)} />
      <FilterSelect
        name="since"
        label="Compare with"
        value={since ?? undefined}
        options={[
          { value: "", label: "No other date" },
          ...dateOptions(dates.filter((day) => day < date)),
        ]}
      />
    </>
  );
  const frame = { page: "overview", scope: user.scope, area, params, filters } as const;
  if (!view) {
    return (
      <DashboardFrame {...frame}>
        <DashboardNotice kind="empty" />
      </DashboardFrame>
    );
  }

  const { classes, measures, areas } = overviewTables(view, area);
  const csv = (table: string) => dashboardHref(exportPath("overview", table), params);
  const { now, atPrevious } = view;
  const change = (pick: (h: typeof now) => number, format: (n: number) => string) =>
    atPrevious ? format(pick(now) - pick(atPrevious)) : null;
  const countChange = (pick: (h: typeof now) => number) => {
    const shown = atPrevious && suppressedChange(pick(now) - pick(atPrevious));
    return typeof shown === "number" ? `${shown > 0 ? "+" : ""}${count(shown)}` : shown;
  };
  const tiles = [
    {
      label: "Families",
      value: count(suppressed(now.families)),
      change: countChange((h) => h.families),
    },
    {
      label: "Persons",
      value: count(suppressed(now.persons)),
      change: countChange((h) => h.persons),
    },
    {
      label: "H, persons-weighted",
      value: pct(now.personsH),
      change: change((h) => h.personsH, points),
    },
    {
      label: "A, persons-weighted",
      value: now.personsA === null ? "—" : now.personsA.toFixed(3),
      change: null,
    },
    {
      label: "M0, persons-weighted",
      value: now.personsM0.toFixed(4),
      change: change(
        (h) => h.personsM0,
        (n) => `${n > 0 ? "+" : ""}${n.toFixed(4)}`,
      ),
    },
    {
      label: "Families in D–E",
      value: pct(now.crisisShare),
      change: change((h) => h.crisisShare, points),
    },
  ];
  const classData = CLASSES.map((name) => ({
    class: name,
    [date]: chartCount(now.byClass[name].families),
    ...(atPrevious && previous
      ? { [previous]: chartCount(atPrevious.byClass[name].families) }
      : {}),
  }));
  const childData = [...view.children]
    .sort((a, b) => b.figures.personsM0 - a.figures.personsM0)
    .map((child) => ({ area: childName(area, child.key), M0: child.figures.personsM0 }));

  return (
    <DashboardFrame {...frame}>
      <p className="text-sm text-slate-600">
        Snapshot of {date}
        {previous ? `, compared with the previous snapshot of ${previous}` : ""}. Measures are
        weighted by persons (each family counts as many times as it has members) unless named
        families-weighted.
      </p>
      <DashboardTiles tiles={tiles} since={previous} />
      <DashboardCard table={classes} csvHref={csv("classes")}>
        <DashboardBarChart
          data={classData}
          index="class"
          categories={previous && atPrevious ? [previous, date] : [date]}
          colors={previous && atPrevious ? ["slate", "blue"] : ["blue"]}
          format="count"
        />
      </DashboardCard>
      <DashboardCard table={measures} csvHref={csv("measures")} />
      {childData.length > 0 ? (
        <DashboardCard
          table={areas}
          csvHref={csv("areas")}
          linkFor={drillDown(pagePath("overview"), area, params)}
          description="Choose a name in the table view to open its own dashboard."
        >
          <DashboardBarChart
            data={childData}
            index="area"
            categories={["M0"]}
            colors={["blue"]}
            format="score"
            layout="vertical"
            height={childData.length > 12 ? "h-[36rem]" : "h-80"}
          />
        </DashboardCard>
      ) : null}
    </DashboardFrame>
  );
}
