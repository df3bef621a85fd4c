/** How a chart's numbers read; a name, since a function cannot cross to a client component. */
export type ChartFormat = "count" | "share" | "score" | "hours";

export function formatterFor(format: ChartFormat): (value: number) => string {
  if (format === "share") return (value) => `${(value * 100).toFixed(1)} %`;
  if (format === "score") return (value) => value.toFixed(4);
  if (format === "hours") return (value) => `${value.toFixed(1)} h`;
  return (value) => value.toLocaleString("en-GB");
}
