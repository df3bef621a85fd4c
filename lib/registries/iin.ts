import { iinCheckDigit as checkDigit } from "../identity/iin";
import { fromDay } from "./calendar";

// IIN: YYMMDD, a century-and-sex digit, a 4-digit serial and a check digit (DOMAIN.md, Identity).
// The rule itself lives in lib/identity/iin.ts, shared with the pipeline's validation.
export { iinCheckDigit as checkDigit, isValidIin } from "../identity/iin";

export type Sex = 0 | 1;

/** The seventh digit: 1/2 for the 1800s, 3/4 for the 1900s, 5/6 for the 2000s (male/female). */
export function centuryDigit(year: number, sex: Sex): number {
  const base = year < 1900 ? 1 : year < 2000 ? 3 : 5;

  return base + sex;
}

function datePart(birthDay: number): { text: string; year: number } {
  const { year, month, day } = fromDay(birthDay);
  const yy = String(year % 100).padStart(2, "0");
  const mm = String(month).padStart(2, "0");
  const dd = String(day).padStart(2, "0");

  return { text: `${yy}${mm}${dd}`, year };
}

/**
 * The IIN for the `rank`-th person with this birth date and sex. Serials come in pairs that differ
 * in their last digit (weight 11 ≡ 0 in the first sum, 2 in the second), so when one of a pair
 * has no valid check digit the other always has one: rank r maps to serial 2r+2 or 2r+3.
 */
export function buildIin(birthDay: number, sex: Sex, rank: number): string {
  const { text, year } = datePart(birthDay);
  const prefix = `${text}${centuryDigit(year, sex)}`;

  for (const serial of [2 * rank + 2, 2 * rank + 3]) {
    const first11 = `${prefix}${String(serial).padStart(4, "0")}`;
    const check = checkDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }

  throw new Error(`no valid IIN for rank ${rank}`);
}

/** Highest rank buildIin accepts (serials stay within 4 digits). */
export const MAX_IIN_RANK = 4998;

/** True when the IIN's date and century digits encode this birth date and sex. */
export function iinMatches(iin: string, birthDay: number, sex: Sex): boolean {
  const { text, year } = datePart(birthDay);

  return iin.slice(0, 6) === text && iin.charCodeAt(6) - 48 === centuryDigit(year, sex);
}

/** The same IIN with a wrong check digit. */
export function corruptCheckDigit(iin: string, shift: number): string {
  const current = iin.charCodeAt(11) - 48;
  const wrong = (current + 1 + (shift % 9)) % 10;

  return `${iin.slice(0, 11)}${wrong}`;
}
