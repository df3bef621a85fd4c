import { z } from "zod";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Today's date in UTC, the default snapshot of a run, as YYYY-MM-DD. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * A snapshot date as YYYY-MM-DD. A day ahead of UTC is allowed, because the registries'
 * own day (Kazakhstan is UTC+5) starts before UTC's; anything later is a typo.
 */
export const snapshotDateSchema = z
  .string({ error: "The snapshot date must be given as YYYY-MM-DD." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "The snapshot date must be written as YYYY-MM-DD.")
  .refine(isCalendarDate, "The snapshot date is not a day of the calendar.")
  .refine(
    (value) => new Date(`${value}T00:00:00Z`).getTime() <= Date.now() + DAY_MS,
    "The snapshot date cannot be in the future.",
  );

/** The snapshot date as Postgres's DATE column wants it: midnight UTC. */
export function snapshotDay(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

export function formatSnapshotDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}
