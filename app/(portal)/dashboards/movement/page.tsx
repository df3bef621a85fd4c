import type { Metadata } from "next";
import { DashboardBarChart } from "@/components/charts/bar-chart";
import { DashboardCard } from "@/components/dashboard-card";
import { DashboardFrame, dateOptions, FilterSelect } from "@/components/dashboard-frame";
import { DashboardNotice } from "@/components/dashboard-notice";
import { DashboardTiles } from "@/components/dashboard-tiles";
import { childName } from "@/lib/dashboards/area";
import { classMovement } from "@/lib/dashboards/class-movement";
import { drillDown } from "@/lib/dashboards/drill-down";
import { exportPath, pagePath } from "@/lib/dashboards/pages";
import { dashboardHref } from "@/lib/dashboards/params";
import { scoredDates } from "@/lib/dashboards/scored-dates";
import { suppressed } from "@/lib/dashboards/table";
import { movementStart, movementTables } from "@/lib/dashboards/views/movement";
import { dashboardContext, type Search } from "../context";
import { DashboardNotReady } from "../not-ready";

export const metadata: Metadata = { title: "Class movement · Dashboards" };

const shown = (n: number) => {
  const value = suppressed(n);
  return typeof value === "number" ? value.toLocaleString("en-GB") : value;
};

export default async function MovementPage({ searchParams }: { searchParams: Search }) {
  const result = await dashboardContext(searchParams);
  if (result.kind !== "ready") return <DashboardNotReady page="movement" result={result} />;
  const { user, lake, area, params, date } = result.context;
  const kept = await scoredDates(lake);
  const start = movementStart(kept, date, params.from);
  const from = "from" in start ? start.from : params.from;
  const filters = (
    <>
      <FilterSelect
        name="from"
        label="From snapshot"
        value={from}
        options={dateOptions(kept.filter((day) => day < date))}
      />
      <FilterSelect name="date" label="To snapshot" value={date} options={dateOptions(kept)} />
    </>
  );
  const frame = { page: "movement", scope: user.scope, area, params, filters } as const;
  if ("error" in start) {
    return (
      <DashboardFrame {...frame}>
        <DashboardNotice kind="error" error={start.error} />
      </DashboardFrame>
    );
  }

  const movement = await classMovement(lake, user.scope, area, start.from, date);
  const { matrix, ranking } = movementTables(movement, area);
  const csv = (table: string) => dashboardHref(exportPath("movement", table), { ...params, from });
  const { total } = movement;
  const tiles = [
    { label: "Families in both snapshots", value: shown(total.inBoth) },
    { label: "Moved up a class or more", value: shown(total.up) },
    { label: "Moved down", value: shown(total.down) },
    { label: "Stayed in their class", value: shown(total.same) },
    { label: "New families", value: shown(total.arrived) },
    { label: "Families gone", value: shown(total.left) },
  ];
  const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
  const chartData = movement.children.map((child) => ({
    area: childName(area, child.key),
    "Moved up": share(child.up, child.inBoth),
    "Moved down": share(child.down, child.inBoth),
  }));

  return (
    <DashboardFrame {...frame}>
      <p className="text-sm text-slate-600">
        Families followed by their family id from {from} to {date}. Up means towards class A. A
        family that moved house counts where it lives on {date}.
      </p>
      <DashboardTiles tiles={tiles} since={null} />
      <DashboardCard
        table={matrix}
        csvHref={csv("matrix")}
        description="Each row is a class on the first date; the diagonal stayed in their class."
      />
      {chartData.length > 0 ? (
        <DashboardCard
          table={ranking}
          csvHref={csv("ranking")}
          linkFor={drillDown(pagePath("movement"), area, { ...params, from })}
          description="Shares of families present in both snapshots; ranked by up less down."
        >
          <DashboardBarChart
            data={chartData}
            index="area"
            categories={["Moved up", "Moved down"]}
            colors={["emerald", "rose"]}
            format="share"
            layout="vertical"
            height={chartData.length > 12 ? "h-[40rem]" : "h-80"}
          />
        </DashboardCard>
      ) : null}
    </DashboardFrame>
  );
}
