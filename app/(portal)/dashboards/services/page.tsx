import type { Metadata } from "next";
import { DashboardBarChart } from "@/components/charts/bar-chart";
import { DashboardBarList } from "@/components/charts/bar-list";
import { DashboardCard } from "@/components/dashboard-card";
import { DashboardFrame, FilterSelect } from "@/components/dashboard-frame";
import { DashboardNotice } from "@/components/dashboard-notice";
import { getDb } from "@/lib/db/client";
import { drillDown } from "@/lib/dashboards/drill-down";
import { exportPath, pagePath } from "@/lib/dashboards/pages";
import { dashboardHref } from "@/lib/dashboards/params";
import { FUNNEL_STAGES } from "@/lib/dashboards/service-funnel";
import { chartCount, SMALL_COUNT } from "@/lib/dashboards/table";
import {
  DEFAULT_PERIOD,
  loadServices,
  serviceName,
  servicesTables,
  STAGE_LABELS,
} from "@/lib/dashboards/views/services";
import { dashboardContext, type Search } from "../context";
import { DashboardNotReady } from "../not-ready";

export const metadata: Metadata = { title: "Services · Dashboards" };

const CASELOAD_NOTE =
  "Open cases and recent decisions of each social worker; the team worklist gives exact counts.";

export default async function ServicesPage({ searchParams }: { searchParams: Search }) {
  const result = await dashboardContext(searchParams);
  if (result.kind !== "ready") return <DashboardNotReady page="services" result={result} />;
  const { user, area, params } = result.context;
  const periodDays = Number(params.period ?? DEFAULT_PERIOD);
  const filters = (
    <FilterSelect
      name="period"
      label="Decisions of the last"
      value={String(periodDays)}
      options={[
        { value: "30", label: "30 days" },
        { value: "90", label: "90 days" },
        { value: "365", label: "365 days" },
      ]}
    />
  );
  const frame = { page: "services", scope: user.scope, area, params, filters } as const;
  const view = await loadServices(getDb(), user, area, { now: new Date(), periodDays });
  if (view.funnels.length === 0) {
    return (
      <DashboardFrame {...frame}>
        <DashboardNotice kind="empty" />
      </DashboardFrame>
    );
  }

  const tables = servicesTables(view, area);
  const csv = (table: string) => dashboardHref(exportPath("services", table), params);
  const funnelData = FUNNEL_STAGES.map((stage) => ({
    stage: STAGE_LABELS[stage],
    Cases: chartCount(view.funnels.reduce((sum, f) => sum + f[stage], 0)),
  }));
  const timesData = view.times
    .filter((t) => t.decided >= SMALL_COUNT)
    .map((t) => ({
      service: serviceName(t.serviceId),
      Median: t.medianHours,
      "90th percentile": t.p90Hours,
    }));
  const overdueData = view.overdue
    .filter((o) => o.overdue >= SMALL_COUNT)
    .sort((a, b) => b.overdue - a.overdue)
    .map((o) => ({ name: serviceName(o.serviceId), value: o.overdue }));

  return (
    <DashboardFrame {...frame}>
      <p className="text-sm text-slate-600">
        Cases as they stand now, whichever snapshot found them. A case counts at every stage it has
        passed: an accepted case was also found, reviewed, approved and notified. Counts under 10
        are shown as &quot;&lt;10&quot; and left out of the charts.
      </p>
      <DashboardCard
        table={tables.funnel!}
        csvHref={csv("funnel")}
        description="All services together in the chart; the table gives each service."
      >
        <DashboardBarChart
          data={funnelData}
          index="stage"
          categories={["Cases"]}
          colors={["blue"]}
          format="count"
        />
      </DashboardCard>
      <DashboardCard table={tables["decision-times"]!} csvHref={csv("decision-times")}>
        {timesData.length > 0 ? (
          <DashboardBarChart
            data={timesData}
            index="service"
            categories={["Median", "90th percentile"]}
            colors={["blue", "slate"]}
            format="hours"
            layout="vertical"
            height="h-80"
          />
        ) : (
          <p className="text-sm text-slate-600">
            Fewer than 10 decisions of any service in this period: no times are shown.
          </p>
        )}
      </DashboardCard>
      <DashboardCard table={tables.overdue!} csvHref={csv("overdue")}>
        {overdueData.length > 0 ? (
          <DashboardBarList data={overdueData} format="count" color="rose" />
        ) : (
          <p className="text-sm text-slate-600">No service has 10 or more overdue cases here.</p>
        )}
      </DashboardCard>
      {tables.areas ? (
        <DashboardCard
          table={tables.areas}
          csvHref={csv("areas")}
          linkFor={drillDown(pagePath("services"), area, params)}
        />
      ) : null}
      {tables.caseload ? (
        <DashboardCard
          table={tables.caseload}
          csvHref={csv("caseload")}
          description={CASELOAD_NOTE}
        />
      ) : null}
    </DashboardFrame>
  );
}
