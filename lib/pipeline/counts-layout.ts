export type SourceTable = {
  columns: string[];
  rows: { source: string; cells: (number | null)[] }[];
};

export type ReasonRow = { source: string | null; reason: string; count: number };

/** A stage's counts arranged for the page: totals, a table per source, quarantine reasons. */
export type CountsLayout = {
  totals: { key: string; value: number }[];
  sources: SourceTable;
  reasons: ReasonRow[];
  other: { key: string; text: string }[];
};

const REASONS = "quarantinedByReason";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `{ reason: n }`, or `{ source: { reason: n } }` when reasons are reported per source. */
function reasonRows(source: string | null, value: Record<string, unknown>): ReasonRow[] {
  return Object.entries(value).flatMap(([key, inner]) => {
    if (typeof inner === "number") return [{ source, reason: key, count: inner }];
    if (isRecord(inner) && source === null) return reasonRows(key, inner);
    return [];
  });
}

function sourceTable(perSource: [string, Record<string, unknown>][]): SourceTable {
  const columns = [
    ...new Set(
      perSource.flatMap(([, values]) =>
        Object.keys(values).filter((key) => typeof values[key] === "number"),
      ),
    ),
  ];
  const rows = perSource.map(([source, values]) => ({
    source,
    cells: columns.map((column) => {
      const value = values[column];
      return typeof value === "number" ? value : null;
    }),
  }));

  return { columns, rows };
}

/**
 * Lays out whatever counts a stage reported, without knowing the stage: top-level numbers are
 * totals, objects are one row per source with a column per count, and `quarantinedByReason`
 * (at the top or inside a source) becomes a list of reasons, the most frequent first.
 */
export function layoutCounts(counts: unknown): CountsLayout {
  const layout: CountsLayout = {
    totals: [],
    sources: { columns: [], rows: [] },
    reasons: [],
    other: [],
  };
  if (!isRecord(counts)) return layout;

  const perSource: [string, Record<string, unknown>][] = [];
  for (const [key, value] of Object.entries(counts)) {
    if (typeof value === "number") layout.totals.push({ key, value });
    else if (key === REASONS && isRecord(value)) layout.reasons.push(...reasonRows(null, value));
    else if (isRecord(value)) perSource.push([key, value]);
    else layout.other.push({ key, text: JSON.stringify(value) });
  }

  for (const [source, values] of perSource) {
    if (isRecord(values[REASONS])) layout.reasons.push(...reasonRows(source, values[REASONS]));
  }
  layout.sources = sourceTable(perSource);
  layout.reasons.sort((a, b) => b.count - a.count);

  return layout;
}

/** `rowsIn` → "Rows in", `quarantined_rows` → "Quarantined rows". */
export function countLabel(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();

  return words.charAt(0).toUpperCase() + words.slice(1);
}
