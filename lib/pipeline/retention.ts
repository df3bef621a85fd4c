/** How many daily snapshots the lake keeps; month-end snapshots are kept regardless. */
export const KEEP_DAILY_SNAPSHOTS = Number(process.env.LAKE_KEEP_DAILY ?? 7);

/** The snapshot dates to drop: older than the newest `keep`, and not the last of a month. */
export function snapshotsToDrop(dates: string[], keep = KEEP_DAILY_SNAPSHOTS): string[] {
  const sorted = [...new Set(dates)].sort().reverse();
  const lastOfMonth = new Set<string>();
  const seenMonths = new Set<string>();
  for (const date of sorted) {
    const month = date.slice(0, 7);
    if (!seenMonths.has(month)) lastOfMonth.add(date);
    seenMonths.add(month);
  }
  return sorted.slice(keep).filter((date) => !lastOfMonth.has(date));
}
