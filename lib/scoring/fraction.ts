/**
 * An exact rational number: always reduced, with a positive denominator, so two equal values
 * have equal fields. Scores are sums of weights such as 1/18 and must compare exactly with k.
 */
export type Fraction = { readonly num: bigint; readonly den: bigint };

export const ZERO: Fraction = { num: 0n, den: 1n };
export const ONE: Fraction = { num: 1n, den: 1n };

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

export function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function lcm(a: bigint, b: bigint): bigint {
  if (a === 0n || b === 0n) return 0n;

  return abs((a / gcd(a, b)) * b);
}

/** num/den reduced; throws on a zero denominator, which is a programming error here. */
export function fraction(num: bigint | number, den: bigint | number = 1n): Fraction {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError("a fraction cannot have a zero denominator");

  if (d < 0n) [n, d] = [-n, -d];
  const divisor = gcd(n, d);
  if (divisor <= 1n) return { num: n, den: d };

  return { num: n / divisor, den: d / divisor };
}

export function add(a: Fraction, b: Fraction): Fraction {
  if (a.den === b.den) return fraction(a.num + b.num, a.den);

  return fraction(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function subtract(a: Fraction, b: Fraction): Fraction {
  return add(a, { num: -b.num, den: b.den });
}

export function multiply(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.num, a.den * b.den);
}

export function divide(a: Fraction, b: Fraction): Fraction {
  if (b.num === 0n) throw new RangeError("division by a zero fraction");

  return fraction(a.num * b.den, a.den * b.num);
}

/** -1, 0 or 1 as a is below, equal to or above b. */
export function compare(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  if (left === right) return 0;

  return left < right ? -1 : 1;
}

export function isZero(value: Fraction): boolean {
  return value.num === 0n;
}

export function sum(values: Iterable<Fraction>): Fraction {
  let total = ZERO;
  for (const value of values) total = add(total, value);

  return total;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const DIGITS = 20;

/** The nearest double (to within one unit in the last place for very long fractions). */
export function toNumber(value: Fraction): number {
  if (abs(value.num) <= SAFE && value.den <= SAFE) {
    // Both are exact doubles, and IEEE division rounds the true quotient correctly.
    return Number(value.num) / Number(value.den);
  }

  const scale = Math.max(
    0,
    DIGITS - abs(value.num).toString().length + value.den.toString().length,
  );
  const scaled = (value.num * 10n ** BigInt(scale)) / value.den;

  return Number(`${scaled}e-${scale}`);
}

/** "1/18", or "3" for a whole number. */
export function toString(value: Fraction): string {
  return value.den === 1n ? value.num.toString() : `${value.num}/${value.den}`;
}
