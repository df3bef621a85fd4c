import type { Metadata } from "next";
import { ChoroplethMap } from "@/components/choropleth-map";
import { DashboardCard } from "@/components/dashboard-card";
import { DashboardFrame, dateOptions, FilterSelect } from "@/components/dashboard-frame";
import { DashboardNotice } from "@/components/dashboard-notice";
import { childName } from "@/lib/dashboards/area";
import { areaSums } from "@/lib/dashboards/area-sums";
import { drillDown } from "@/lib/dashboards/drill-down";
import { exportPath, pagePath } from "@/lib/dashboards/pages";
import { dashboardHref } from "@/lib/dashboards/params";
import { mapTable, mapValues, METRIC_LABELS } from "@/lib/dashboards/views/map";
import { countryMap, regionMap } from "@/lib/geo/map-paths";
import { dashboardContext, type Search } from "../context";
import { DashboardNotReady } from "../not-ready";

export const metadata: Metadata = { title: "Map · Dashboards" };

const FORMATS = {
  m0: (value: number) => value.toFixed(4),
  crisis: (value: number) => `${(value * 100).toFixed(1)} %`,
};

export default async function MapPage({ searchParams }: { searchParams: Search }) {
  const result = await dashboardContext(searchParams);
  if (result.kind !== "ready") return <DashboardNotReady page="map" result={result} />;
  const { user, lake, area, params, dates, date } = result.context;
  const metric = params.metric ?? "m0";
  const filters = (
    <>
      <FilterSelect name="date" label="Snapshot" value={date} options={dateOptions(dates)} />
      <FilterSelect
        name="metric"
        label="Colour by"
        value={metric}
        options={[
          { value: "m0", label: METRIC_LABELS.m0 },
          { value: "crisis", label: METRIC_LABELS.crisis },
        ]}
      />
    </>
  );
  const frame = { page: "map", scope: user.scope, area, params, filters } as const;
  const shape =
    area.level === "national"
      ? countryMap()
      : area.level === "region"
        ? regionMap(area.regionCode)
        : null;
  if (!shape) {
    return (
      <DashboardFrame {...frame}>
        <DashboardNotice
          kind="error"
          error="A district is the smallest area on the map; its figures are on the overview."
        />
      </DashboardFrame>
    );
  }

  const [sums] = await areaSums(lake, user.scope, area, [date], true);
  const values = sums ? mapValues(sums, metric) : [];
  const table = mapTable(values, area, metric);
  const link = drillDown(pagePath(area.level === "national" ? "map" : "overview"), area, params);
  const format = FORMATS[metric];
  const byKey = new Map(values.map((row) => [row.key, row]));
  const areas = shape.areas.map(({ code }) => {
    const row = byKey.get(code);
    return {
      code,
      name: childName(area, code),
      value: row ? row.value : null,
      label: row ? format(row.value) : "no families",
      href: link(code) ?? undefined,
    };
  });

  return (
    <DashboardFrame {...frame}>
      <DashboardCard
        table={table}
        csvHref={dashboardHref(exportPath("map", "map"), params)}
        linkFor={link}
        description={
          area.level === "national"
            ? "Choose a region to see its districts."
            : "Choose a district to open its overview."
        }
      >
        <ChoroplethMap
          shape={shape}
          areas={areas}
          title={table.title}
          legendTitle={METRIC_LABELS[metric]}
          format={format}
        />
      </DashboardCard>
    </DashboardFrame>
  );
}
