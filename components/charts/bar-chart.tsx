"use client";

import { BarChart } from "@tremor/react";
import { formatterFor, type ChartFormat } from "./format";

type Props = {
  data: Record<string, string | number | null>[];
  index: string;
  categories: string[];
  colors: string[];
  format: ChartFormat;
  layout?: "horizontal" | "vertical";
  stack?: boolean;
  /** Taller for a long list of bars laid out vertically. */
  height?: string;
};

/** A Tremor bar chart with the portal's number formats. */
export function DashboardBarChart({ format, height = "h-72", ...props }: Props) {
  return (
    <BarChart
      {...props}
      className={height}
      valueFormatter={formatterFor(format)}
      yAxisWidth={props.layout === "vertical" ? 160 : 64}
      showAnimation={false}
    />
  );
}
