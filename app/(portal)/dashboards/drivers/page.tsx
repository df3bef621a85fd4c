import type { Metadata } from "next";
import { DashboardBarChart } from "@/components/charts/bar-chart";
import { DashboardBarList } from "@/components/charts/bar-list";
import { DashboardCard } from "@/components/dashboard-card";
import { DashboardFrame, dateOptions, FilterSelect } from "@/components/dashboard-frame";
import { DashboardNotice } from "@/components/dashboard-notice";
import { getDb } from "@/lib/db/client";
import { drivers } from "@/lib/dashboards/drivers";
import { exportPath } from "@/lib/dashboards/pages";
import { dashboardHref } from "@/lib/dashboards/params";
import { driversTables } from "@/lib/dashboards/views/drivers";
import { DIMENSION_NAMES } from "@/lib/scoring/dimensions";
import { indicatorOf } from "@/lib/scoring/indicators";
import { dashboardContext, type Search } from "../context";
import { DashboardNotReady } from "../not-ready";

export const metadata: Metadata = { title: "What drives poverty · Dashboards" };

/** Indicators drawn in the chart; the table lists them all. */
const CHARTED = 15;

export default async function DriversPage({ searchParams }: { searchParams: Search }) {
  const result = await dashboardContext(searchParams);
  if (result.kind !== "ready") return <DashboardNotReady page="drivers" result={result} />;
  const { user, lake, area, params, dates, date } = result.context;
  const weight = params.weight ?? "persons";
  const filters = (
    <>
      <FilterSelect name="date" label="Snapshot" value={date} options={dateOptions(dates)} />
      <FilterSelect
        name="weight"
        label="Weighted by"
        value={weight}
        options={[
          { value: "persons", label: "Persons" },
          { value: "families", label: "Families" },
        ]}
      />
    </>
  );
  const frame = { page: "drivers", scope: user.scope, area, params, filters } as const;
  const view = await drivers(lake, getDb(), user.scope, area, date);
  if (!view) {
    return (
      <DashboardFrame {...frame}>
        <DashboardNotice kind="empty" />
      </DashboardFrame>
    );
  }

  const { dimensions, indicators } = driversTables(view, weight);
  const csv = (table: string) => dashboardHref(exportPath("drivers", table), params);
  const figures = view[weight];
  const dimensionData = figures.dimensions.map((d) => ({
    dimension: DIMENSION_NAMES[d.dimension].en,
    Contribution: d.contribution,
  }));
  const indicatorData = [...figures.indicators]
    .filter((i) => (i.contribution ?? 0) > 0)
    .sort((a, b) => (b.contribution ?? 0) - (a.contribution ?? 0))
    .slice(0, CHARTED)
    .map((i) => ({
      name: indicatorOf(i.id)?.description.en ?? i.id,
      value: i.contribution ?? 0,
    }));

  return (
    <DashboardFrame {...frame}>
      <p className="text-sm text-slate-600">
        Snapshot of {date}, scored under version {view.version}. A contribution is the share of M0
        that comes from deprivations in an indicator (weight × censored headcount ÷ M0); the
        censored headcount counts the poor who are deprived in it, the uncensored one everybody.
      </p>
      <DashboardCard table={dimensions} csvHref={csv("dimensions")}>
        <DashboardBarChart
          data={dimensionData}
          index="dimension"
          categories={["Contribution"]}
          colors={["violet"]}
          format="share"
          layout="vertical"
          height="h-60"
        />
      </DashboardCard>
      <DashboardCard
        table={indicators}
        csvHref={csv("indicators")}
        description={`The ${CHARTED} largest contributions; the table lists every indicator.`}
      >
        <DashboardBarList data={indicatorData} format="share" color="violet" />
      </DashboardCard>
    </DashboardFrame>
  );
}
