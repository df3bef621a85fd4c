"use client";

import { BarList } from "@tremor/react";
import { formatterFor, type ChartFormat } from "./format";

type Props = {
  data: { name: string; value: number }[];
  format: ChartFormat;
  color: string;
};

/** A Tremor bar list: long names (indicators) read in full beside their bars. */
export function DashboardBarList({ data, format, color }: Props) {
  return (
    <BarList
      data={data}
      valueFormatter={formatterFor(format)}
      color={color}
      showAnimation={false}
    />
  );
}
