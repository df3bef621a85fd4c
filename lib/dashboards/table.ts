/**
 * A dashboard's figures as a table: what its chart shows, read by the table view, the CSV
 * export and screen readers alike. Counts under 10 are already suppressed in it.
 */
export type DashboardTable = {
  /** Names the table in its export's URL and file name. */
  id: string;
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** Each row's area key (region code or district KATO), for drill-down links. */
  keys?: string[];
};

/** How a column's values read: a name, a count, a share (0–1), a score (0–1), a delta. */
export type Column = {
  label: string;
  kind: "text" | "count" | "share" | "score" | "hours" | "change";
};

export type Cell = string | number | null;

/** Counts under this are shown as "<10" wherever figures are aggregated or exported. */
export const SMALL_COUNT = 10;

/** A count as it may be shown: itself, or "<10" when it is under 10 (zero included). */
export function suppressed(count: number | bigint): number | "<10" {
  const n = Number(count);
  return n < SMALL_COUNT ? "<10" : n;
}

/** A change in a count: "<10" in size when it is under 10 either way, so none is inferred. */
export function suppressedChange(change: number | null): number | string | null {
  if (change === null) return null;
  return Math.abs(change) < SMALL_COUNT ? "±<10" : change;
}

/** A count for a chart: a small count is drawn as nothing, as the table shows it as "<10". */
export function chartCount(count: number | bigint): number {
  const n = Number(count);
  return n < SMALL_COUNT ? 0 : n;
}

function formatCell(cell: Cell, kind: Column["kind"]): string {
  if (cell === null) return "—";
  if (typeof cell === "string") return cell;
  if (kind === "share") return `${(cell * 100).toFixed(1)} %`;
  if (kind === "score") return cell.toFixed(4);
  if (kind === "hours") return cell.toFixed(1);
  if (kind === "change") return `${cell > 0 ? "+" : ""}${cell.toLocaleString("en-GB")}`;
  return cell.toLocaleString("en-GB");
}

/** A cell in words for the page. */
export const displayCell = (cell: Cell, column: Column) => formatCell(cell, column.kind);

/** A cell for the CSV: numbers as they are (shares as fractions), suppressed ones as "<10". */
export const exportCell = (cell: Cell): string | number =>
  cell === null ? "" : typeof cell === "number" ? Number(cell.toFixed(6)) : cell;
