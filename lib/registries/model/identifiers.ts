import { checkDigit } from "../iin";
import { hash } from "../rng";

// Identifiers other than the IIN, each derived from stable keys so they persist across dates.

const OPERATOR_CODES = [
  "700",
  "701",
  "702",
  "705",
  "707",
  "708",
  "747",
  "771",
  "775",
  "776",
  "777",
  "778",
];
const PHONE_SPACE = 10_000_000;

/** A unique mobile number for member `slot` (< 16) of family `family`. */
export function phoneNumber(family: number, slot: number): string {
  const index = family * 16 + slot;
  const code = OPERATOR_CODES[index % OPERATOR_CODES.length] ?? "700";
  // An affine map modulo 10^7 with a multiplier coprime to 10 is a bijection: numbers look random
  // but never collide (up to 12 × 10^7 members).
  const position = (Math.floor(index / OPERATOR_CODES.length) + 3_141_592) % PHONE_SPACE;
  const scrambled = Number((BigInt(position) * 7_654_321n + 1_234_567n) % BigInt(PHONE_SPACE));

  return `+7${code}${String(scrambled).padStart(7, "0")}`;
}

/** Business identification number of employer `employer` (< 200) in district `district`. */
export function employerBin(district: number, employer: number): string {
  const h = hash(district, employer, 77);
  const yy = String(h % 25).padStart(2, "0");
  const mm = String(1 + ((h >>> 8) % 12)).padStart(2, "0");
  const serial = String(district * 200 + employer).padStart(5, "0");
  for (const kind of ["40", "41"]) {
    const first11 = `${yy}${mm}${kind}${serial}`;
    const check = checkDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }

  throw new Error("no valid BIN");
}

/** The state pension payer, whose BIN appears on pension income. */
export const PENSION_PAYER_BIN = employerBin(999, 0);

export function addressId(family: number, household: number, move: number): string {
  const value = family * 256 + household * 32 + (move % 32);

  return `02${String(value).padStart(12, "0")}`;
}

/** Cadastral number: region and district digits of the KATO code, then a parcel number. */
export function cadastralNumber(kato: string, family: number, item: number): string {
  const parcel = String(family * 8 + item).padStart(9, "0");

  return `${kato.slice(0, 2)}-${kato.slice(2, 5)}-${parcel.slice(0, 3)}-${parcel.slice(3)}`;
}

const VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

export function vin(family: number, item: number): string {
  let text = "XTA";
  for (let i = 0; i < 6; i++) text += VIN_CHARS[hash(family, item, i) % VIN_CHARS.length];
  const serial = String(family * 8 + item).padStart(8, "0");

  return `${text}${serial}`;
}

export function plate(family: number, item: number, regionPlate: string): string {
  const h = hash(family, item, 3);
  const letters = "ABCDEHKMOPTX";
  const a = letters[h % 12] ?? "A";
  const b = letters[(h >>> 4) % 12] ?? "A";
  const c = letters[(h >>> 8) % 12] ?? "A";

  return `${String(h % 1000).padStart(3, "0")}${a}${b}${c}${regionPlate}`;
}
