import { childName, type Area } from "../area";
import type { DatedSums } from "../area-sums";
import { headline } from "../headline";
import { suppressed, type DashboardTable } from "../table";

export type MapMetric = "m0" | "crisis";

export const METRIC_LABELS: Record<MapMetric, string> = {
  m0: "M0, persons-weighted",
  crisis: "Share of families in classes D and E",
};

/** Each child area's value of the chosen metric on one snapshot. */
export function mapValues(sums: DatedSums, metric: MapMetric) {
  return [...sums.children].map(([key, s]) => {
    const figures = headline(s);
    return {
      key,
      families: figures.families,
      value: metric === "m0" ? figures.personsM0 : figures.crisisShare,
    };
  });
}

export function mapTable(
  values: ReturnType<typeof mapValues>,
  area: Area,
  metric: MapMetric,
): DashboardTable {
  const sorted = [...values].sort((a, b) => b.value - a.value);
  return {
    id: "map",
    title: `${METRIC_LABELS[metric]} by ${area.level === "national" ? "region" : "district"}`,
    columns: [
      { label: area.level === "national" ? "Region" : "District", kind: "text" },
      { label: "Families", kind: "count" },
      { label: METRIC_LABELS[metric], kind: metric === "m0" ? "score" : "share" },
    ],
    rows: sorted.map((row) => [childName(area, row.key), suppressed(row.families), row.value]),
    keys: sorted.map((row) => row.key),
  };
}
