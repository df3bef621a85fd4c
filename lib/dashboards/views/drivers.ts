import { DIMENSION_NAMES } from "../../scoring/dimensions";
import { indicatorOf } from "../../scoring/indicators";
import type { Drivers } from "../drivers";
import type { DashboardTable } from "../table";

/** Contributions of dimensions and indicators, and headcount ratios, as tables. */
export function driversTables(view: Drivers, weight: "persons" | "families") {
  const figures = view[weight];
  const named = weight === "persons" ? "persons-weighted" : "families-weighted";
  const dimensions: DashboardTable = {
    id: "dimensions",
    title: `Contribution of each dimension to M0 (${named})`,
    columns: [
      { label: "Dimension", kind: "text" },
      { label: "Contribution to M0", kind: "share" },
    ],
    rows: [...figures.dimensions]
      .sort((a, b) => b.contribution - a.contribution)
      .map((d) => [DIMENSION_NAMES[d.dimension].en, d.contribution]),
  };
  const indicators: DashboardTable = {
    id: "indicators",
    title: `Indicators: contribution to M0 and headcount ratios (${named})`,
    columns: [
      { label: "Indicator", kind: "text" },
      { label: "Dimension", kind: "text" },
      { label: "Weight", kind: "score" },
      { label: "Contribution to M0", kind: "share" },
      { label: "Censored headcount (poor and deprived)", kind: "share" },
      { label: "Uncensored headcount (deprived)", kind: "share" },
    ],
    rows: [...figures.indicators]
      .sort((a, b) => (b.contribution ?? 0) - (a.contribution ?? 0) || b.censored - a.censored)
      .map((i) => [
        indicatorOf(i.id)?.description.en ?? i.id,
        DIMENSION_NAMES[i.dimension].en,
        view.weights[i.id] ?? 0,
        i.contribution,
        i.censored,
        i.uncensored,
      ]),
  };
  return { dimensions, indicators };
}
