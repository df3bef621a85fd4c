import type { Metadata } from "next";
import { DashboardBarChart } from "@/components/charts/bar-chart";
import { DashboardLineChart } from "@/components/charts/line-chart";
import { DashboardCard } from "@/components/dashboard-card";
import { DashboardFrame } from "@/components/dashboard-frame";
import { areaSums } from "@/lib/dashboards/area-sums";
import { headline } from "@/lib/dashboards/headline";
import { exportPath } from "@/lib/dashboards/pages";
import { dashboardHref } from "@/lib/dashboards/params";
import { chartCount } from "@/lib/dashboards/table";
import { trendTable } from "@/lib/dashboards/views/trends";
import { CLASSES } from "@/lib/scoring/config/classes";
import { dashboardContext, type Search } from "../context";
import { DashboardNotReady } from "../not-ready";

export const metadata: Metadata = { title: "Trends · Dashboards" };

export default async function TrendsPage({ searchParams }: { searchParams: Search }) {
  const result = await dashboardContext(searchParams);
  if (result.kind !== "ready") return <DashboardNotReady page="trends" result={result} />;
  const { user, lake, area, params } = result.context;
  const series = await areaSums(lake, user.scope, area, null, false);
  const table = trendTable(series);
  const csv = dashboardHref(exportPath("trends", "trend"), params);
  const points = series.map(({ date, total }) => ({ date, figures: headline(total) }));
  const measures = points.map(({ date, figures }) => ({
    date,
    "H, persons-weighted": figures.personsH,
    "M0, persons-weighted": figures.personsM0,
  }));
  const classes = points.map(({ date, figures }) => ({
    date,
    ...Object.fromEntries(
      CLASSES.map((name) => [name, chartCount(figures.byClass[name].families)]),
    ),
  }));

  return (
    <DashboardFrame page="trends" scope={user.scope} area={area} params={params}>
      <p className="text-sm text-slate-600">
        Every summarised snapshot, oldest first. Summaries are kept after the snapshots&apos;
        family-level tables are dropped by retention, so trends reach further back than the family
        cards.
      </p>
      <DashboardCard table={table} csvHref={csv}>
        <div className="grid gap-6 lg:grid-cols-2">
          <div>
            <h3 className="text-sm font-medium text-slate-700">Poverty measures</h3>
            <DashboardLineChart
              data={measures}
              index="date"
              categories={["H, persons-weighted", "M0, persons-weighted"]}
              colors={["blue", "violet"]}
              format="score"
            />
          </div>
          <div>
            <h3 className="text-sm font-medium text-slate-700">Families by class</h3>
            <DashboardBarChart
              data={classes}
              index="date"
              categories={[...CLASSES]}
              colors={["emerald", "teal", "amber", "orange", "rose"]}
              format="count"
              stack
            />
          </div>
        </div>
      </DashboardCard>
    </DashboardFrame>
  );
}
