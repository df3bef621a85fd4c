import { CLASSES } from "../../scoring/config/classes";
import type { DatedSums } from "../area-sums";
import { headline } from "../headline";
import { suppressed, type DashboardTable } from "../table";

/** An area's figures over every summarised snapshot, oldest first. */
export function trendTable(series: DatedSums[]): DashboardTable {
  return {
    id: "trend",
    title: "Families by class and poverty measures over the snapshots",
    columns: [
      { label: "Snapshot", kind: "text" },
      { label: "Families", kind: "count" },
      ...CLASSES.map((name) => ({ label: `Class ${name}`, kind: "count" as const })),
      { label: "H, persons-weighted", kind: "share" },
      { label: "A, persons-weighted", kind: "score" },
      { label: "M0, persons-weighted", kind: "score" },
    ],
    rows: series.map(({ date, total }) => {
      const figures = headline(total);
      return [
        date,
        suppressed(figures.families),
        ...CLASSES.map((name) => suppressed(figures.byClass[name].families)),
        figures.personsH,
        figures.personsA,
        figures.personsM0,
      ];
    }),
  };
}
