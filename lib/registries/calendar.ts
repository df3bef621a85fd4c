// Dates are whole days since 1970-01-01 (UTC), the same count a Parquet DATE column holds, so
// the model never builds Date objects in its hot loops.

export type Ymd = { year: number; month: number; day: number };

/** Days since 1970-01-01 of a calendar date (proleptic Gregorian). */
export function toDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;

  return era * 146097 + doe - 719468;
}

/** The calendar date of a day number. */
export function fromDay(dayNumber: number): Ymd {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;

  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD; null when the text is not a real calendar date. */
export function parseIsoDay(text: string): number | null {
  const match = ISO.exec(text);
  if (!match) return null;

  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const dayNumber = toDay(year, month, day);
  const back = fromDay(dayNumber);
  if (back.year !== year || back.month !== month || back.day !== day) return null;

  return dayNumber;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

// Formatting dominates writing dates, and the same few tens of thousands of days recur in
// every delivery: each format keeps the text of each day it has produced.
const CACHE_FROM = toDay(1880, 1, 1);
const CACHE_DAYS = toDay(2080, 1, 1) - CACHE_FROM;

function cached(format: (ymd: Ymd) => string): (dayNumber: number) => string {
  const texts: (string | undefined)[] = new Array<string | undefined>(CACHE_DAYS);

  return (dayNumber) => {
    const index = dayNumber - CACHE_FROM;
    if (index < 0 || index >= CACHE_DAYS) return format(fromDay(dayNumber));

    return (texts[index] ??= format(fromDay(dayNumber)));
  };
}

export const isoDate = cached(({ year, month, day }) => `${year}-${pad2(month)}-${pad2(day)}`);
export const dmyDate = cached(({ year, month, day }) => `${pad2(day)}.${pad2(month)}.${year}`);
export const compactDate = cached(({ year, month, day }) => `${year}${pad2(month)}${pad2(day)}`);

export function compactMonth(dayNumber: number): string {
  const { year, month } = fromDay(dayNumber);
  return `${year}${pad2(month)}`;
}

export function isoMonth(dayNumber: number): string {
  const { year, month } = fromDay(dayNumber);
  return `${year}-${pad2(month)}`;
}

/** Whole years between a birth day and a date, as people count age. */
export function ageOn(birthDay: number, onDay: number): number {
  const birth = fromDay(birthDay);
  const on = fromDay(onDay);
  const before = on.month < birth.month || (on.month === birth.month && on.day < birth.day);

  return on.year - birth.year - (before ? 1 : 0);
}

/** The day a person born on `birthDay` reaches `years` of age. */
export function birthdayAt(birthDay: number, years: number): number {
  const { year, month, day } = fromDay(birthDay);
  if (month === 2 && day === 29) return toDay(year + years, 3, 1);

  return toDay(year + years, month, day);
}

/** First day of the month containing the day, and of the month `offset` months later. */
export function monthStart(dayNumber: number, offset = 0): number {
  const { year, month } = fromDay(dayNumber);
  const index = year * 12 + (month - 1) + offset;

  return toDay(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** Whole calendar months from the month of `from` to the month of `to`. */
export function monthsBetween(from: number, to: number): number {
  const a = fromDay(from);
  const b = fromDay(to);

  return (b.year - a.year) * 12 + (b.month - a.month);
}
