import { fraction, type Fraction } from "./fraction";
import { ScoringError } from "./scoring-error";

const RATIO = /^([+-]?\d+)\s*\/\s*(\d+)$/;
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

// A longer exponent is certainly a typing mistake, and 10n ** 10n ** 9n would hang the process.
const MAX_EXPONENT = 400;

function fromDecimal(text: string): Fraction | null {
  const match = DECIMAL.exec(text);
  if (!match) return null;

  const [, sign = "", whole = "", decimals = "", exponentText = "0"] = match;
  if (whole === "" && decimals === "") return null;

  if (Math.abs(Number(exponentText)) > MAX_EXPONENT) return null;

  const exponent = Number(exponentText) - decimals.length;

  const magnitude = BigInt(`${whole}${decimals}`);
  const digits = sign === "-" ? -magnitude : magnitude;
  const power = 10n ** BigInt(Math.abs(exponent));

  return exponent >= 0 ? fraction(digits * power) : fraction(digits, power);
}

/**
 * A number as an exact fraction: "1/18", "0.25", "1", "-0", "2.5e-3". A JS number goes through
 * its shortest decimal form, so 0.1 becomes 1/10 rather than the binary double nearest to it.
 * `what` names the value in the error message, as in "weight for 'water'".
 */
export function parseFraction(input: string | number, what = "value"): Fraction {
  const text = typeof input === "number" ? String(input) : input.trim();
  const notNumber = () =>
    new ScoringError("not_a_number", `${what} is '${input}': not a number or fraction`);
  if (typeof input === "number" && !Number.isFinite(input)) throw notNumber();

  const ratio = RATIO.exec(text);
  if (ratio) {
    const [, num = "", den = ""] = ratio;
    if (BigInt(den) === 0n) {
      throw new ScoringError("not_a_number", `${what} is '${input}': division by zero`);
    }

    return fraction(BigInt(num), BigInt(den));
  }

  const decimal = fromDecimal(text);
  if (!decimal) throw notNumber();

  return decimal;
}
