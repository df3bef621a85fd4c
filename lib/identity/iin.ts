import { z } from "zod";

// The IIN: birth date YYMMDD, a century-and-sex digit (1-6), a 4-digit serial and a check digit
// computed mod 11 with weights 1..11, or 3..11,1,2 when the first remainder is 10.
const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

function remainder(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += (digits.charCodeAt(i) - 48) * (weights[i] ?? 0);
  return sum % 11;
}

/** The check digit of the first 11 digits, or null when no check digit makes a valid IIN. */
export function iinCheckDigit(first11: string): number | null {
  const first = remainder(first11, FIRST_WEIGHTS);
  if (first !== 10) return first;

  const second = remainder(first11, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

export function isValidIin(iin: string): boolean {
  if (!/^\d{6}[1-6]\d{5}$/.test(iin)) return false;

  const check = iinCheckDigit(iin.slice(0, 11));
  return check !== null && check === iin.charCodeAt(11) - 48;
}

/** An IIN typed by staff: spaces are ignored, and the message says what is wrong. */
export const IinInput = z
  .string()
  .transform((value) => value.replace(/\s+/g, ""))
  .refine((value) => /^\d{12}$/.test(value), "An IIN has exactly 12 digits.")
  .refine((value) => "123456".includes(value.charAt(6)), "The 7th digit of an IIN is 1 to 6.")
  .refine(isValidIin, "This IIN's check digit is wrong: please check the number.");

/**
 * The same rule as ClickHouse SQL over a String column, for validating deliveries inside the
 * engine. `column` must come from the source catalogue, never from input. Once the pattern
 * holds, the digits are taken from the IIN read as one number: integer arithmetic over a whole
 * column costs a tenth of cutting twelve one-character strings out of every value.
 */
export function iinValidSql(column: string): string {
  const number = `toUInt64OrZero(${column})`;
  const digit = (i: number) => `(intDiv(${number}, ${10 ** (11 - i)}) % 10)`;
  const sum = (weights: readonly number[]) =>
    `((${weights.map((w, i) => `${w} * ${digit(i)}`).join(" + ")}) % 11)`;
  const first = sum(FIRST_WEIGHTS);
  const second = sum(SECOND_WEIGHTS);
  const check = `if(${first} = 10, ${second}, ${first})`;
  return (
    `(match(${column}, '^[0-9]{6}[1-6][0-9]{5}$') AND ` +
    `NOT (${first} = 10 AND ${second} = 10) AND ${check} = ${digit(11)})`
  );
}
