/**
 * The state's base values by year, in tenge (DOMAIN.md; reported by the ministry, to verify
 * before real use). A snapshot is scored with the values of its own year; a year past the
 * table uses the last one known.
 */
const BASE_VALUES: Record<number, { mrp: number; pm: number }> = {
  2024: { mrp: 3692, pm: 43407 },
  2025: { mrp: 3932, pm: 46228 },
  2026: { mrp: 4325, pm: 50851 },
};

const YEARS = Object.keys(BASE_VALUES).map(Number).sort();

export function baseValuesOf(snapshotDate: string): { mrp: number; pm: number } {
  const year = Number(snapshotDate.slice(0, 4));
  const known = YEARS.filter((y) => y <= year).at(-1) ?? YEARS[0]!;

  return BASE_VALUES[known]!;
}
