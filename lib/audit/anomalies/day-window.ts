const DAY_MS = 86_400_000;

/** A detection window: one UTC day, from its midnight to the next. */
export type DayWindow = { day: string; from: Date; to: Date };

/** The UTC day that `at` falls in. */
export function dayWindow(at: Date): DayWindow {
  const from = new Date(Math.floor(at.getTime() / DAY_MS) * DAY_MS);

  return { day: dayOf(from), from, to: new Date(from.getTime() + DAY_MS) };
}

/** The `count` days before `day`, nearest first, as YYYY-MM-DD. */
export function daysBefore(day: string, count: number): string[] {
  const start = Date.parse(`${day}T00:00:00Z`);

  return Array.from({ length: count }, (_, i) => dayOf(new Date(start - (i + 1) * DAY_MS)));
}

/** `window`'s start moved back by `days` days. */
export function daysEarlier(window: DayWindow, days: number): Date {
  return new Date(window.from.getTime() - days * DAY_MS);
}

const dayOf = (at: Date) => at.toISOString().slice(0, 10);
