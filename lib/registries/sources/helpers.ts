import { monthStart } from "../calendar";
import type { Family, Household, Person } from "../model/types";
import type { Cell, Column, SnapshotView } from "../schema/types";

/** Members living on the snapshot day (born, not dead, resident). */
export function living(view: SnapshotView): Person[] {
  return view.family.members.filter(
    (p) => p.resident && p.birthDay <= view.day && (p.deathDay === null || p.deathDay > view.day),
  );
}

export function householdOf(family: Family, person: Person): Household {
  const household = family.households[person.household] ?? family.households[0];
  if (!household) throw new Error(`family ${family.index} has no household`);

  return household;
}

export function columnIndex(columns: readonly Column[], name: string): number {
  const index = columns.findIndex((c) => c.name === name);
  if (index < 0) throw new Error(`no column ${name}`);

  return index;
}

/** First and last day of the twelve full months before the snapshot day. */
export function lastTwelveMonths(day: number): { start: number; end: number } {
  return { start: monthStart(day, -12), end: monthStart(day) - 1 };
}

/** A member the civil registry records as dead on the snapshot day. */
function deceased(view: SnapshotView, draw: number): Person | null {
  const dead = view.family.members.filter((p) => p.deathDay !== null && p.deathDay <= view.day);

  return dead[draw % Math.max(1, dead.length)] ?? null;
}

/** Contradiction: the row is given to a person who died before the snapshot. */
export function deadPerson(iinAt: number, what: string) {
  return (row: Cell[], view: SnapshotView, draw: number): string | null => {
    const person = deceased(view, draw);
    if (!person) return null;

    row[iinAt] = person.iin;
    return `${what} for a person the civil registry records as dead`;
  };
}

/** Contradiction: a birth date earlier than the civil registry's by 1 to 400 days. */
export function otherBirthDate(dateAt: number) {
  return (row: Cell[], _view: SnapshotView, draw: number): string | null => {
    const value = row[dateAt];
    if (typeof value !== "number") return null;

    row[dateAt] = value - 1 - (draw % 400);
    return "birth date differs from the civil registry";
  };
}

/** Contradiction: an event dated before the person concerned was born. */
export function beforeBirth(dateAt: number, iinAt: number, what: string) {
  return (row: Cell[], view: SnapshotView, draw: number): string | null => {
    const person = view.family.members.find((p) => p.iin === row[iinAt]);
    if (!person) return null;

    row[dateAt] = person.birthDay - 30 - (draw % 3000);
    return `${what} before the person's birth in the civil registry`;
  };
}

export const KAZAKH_NATIONALITY = "005";
export const RUSSIAN_NATIONALITY = "001";
