"use client";

import { LineChart } from "@tremor/react";
import { formatterFor, type ChartFormat } from "./format";

type Props = {
  data: Record<string, string | number | null>[];
  index: string;
  categories: string[];
  colors: string[];
  format: ChartFormat;
};

/** A Tremor line chart over the snapshots. */
export function DashboardLineChart({ format, ...props }: Props) {
  return (
    <LineChart
      {...props}
      className="h-72"
      valueFormatter={formatterFor(format)}
      yAxisWidth={64}
      connectNulls
      showAnimation={false}
    />
  );
}
