import { ageOn, birthdayAt, fromDay, toDay } from "../calendar";
import { hash, unit } from "../rng";
import { MRP, PM } from "./epoch";
import type { Family, Person } from "./types";

/** State benefit codes of the benefits-paid registry. */
export const BENEFIT_CODES = [
  "DISABILITY",
  "CHILD_DISABILITY_CARE",
  "CARER",
  "BREADWINNER",
  "LARGE_FAMILY",
  "MOTHER_AWARD_KUMIS",
  "MOTHER_AWARD_ALTYN",
  "CHILDCARE_STATE",
  "BIRTH",
  "ASP",
  "HOUSING",
] as const;
export type BenefitCode = (typeof BENEFIT_CODES)[number];

/** Share of entitled people already receiving each benefit: the rest are proactive targets. */
export const TAKE_UP: Record<BenefitCode, number> = {
  DISABILITY: 0.88,
  CHILD_DISABILITY_CARE: 0.8,
  CARER: 0.5,
  BREADWINNER: 0.8,
  LARGE_FAMILY: 0.85,
  MOTHER_AWARD_KUMIS: 0.8,
  MOTHER_AWARD_ALTYN: 0.8,
  CHILDCARE_STATE: 0.85,
  BIRTH: 0.95,
  ASP: 0.4,
  HOUSING: 0.3,
};

export type Assignment = {
  recipient: Person;
  code: BenefitCode;
  start: number;
  end: number | null;
  monthly: number;
};

/** How long after the entitlement a claimed benefit starts: 15 to 120 days. */
function claimed(seed: number, family: number, person: Person, code: number, from: number) {
  const h = hash(seed, family, person.slot * 32 + code, from);
  const index = BENEFIT_CODES.length;
  if (unit(h) >= (TAKE_UP[BENEFIT_CODES[code % index] ?? "ASP"] ?? 0)) return null;

  return from + 15 + (hash(h, 1) % 106);
}

export type BenefitContext = { seed: number; family: Family; day: number; out: Assignment[] };

/** Adds an assignment when the entitlement started by `from` was claimed before `day`. */
export function grant(
  ctx: BenefitContext,
  recipient: Person,
  code: BenefitCode,
  from: number,
  until: number | null,
  monthly: number,
): void {
  const start = claimed(ctx.seed, ctx.family.index, recipient, BENEFIT_CODES.indexOf(code), from);
  if (start === null || start > ctx.day) return;

  const end = until !== null && until <= ctx.day ? Math.max(start, until) : null;
  if (end !== null && end < ctx.day - 365) return;

  ctx.out.push({ recipient, code, start, end, monthly: Math.round(monthly) });
}

export const alive = (person: Person, day: number) =>
  person.resident && (person.deathDay === null || person.deathDay > day);

export const childrenOf = (family: Family, parent: Person) =>
  family.members.filter((p) => p.motherSlot === parent.slot || p.fatherSlot === parent.slot);

export const isMinor = (person: Person, day: number) => ageOn(person.birthDay, day) < 18;

/** Disability amounts: adults by group, children and adults disabled since childhood. */
export function disabilityAmount(person: Person, day: number): number {
  const age = ageOn(person.birthDay, day);
  if (person.childDisability) return (age < 7 ? 1.61 : 2.2) * PM;
  if (person.disabilityCause === "childhood") return [0, 2.2, 1.83, 1.61][person.disability]! * PM;

  return [0, 2.2, 1.76, 1.2][person.disability]! * PM;
}

export function largeFamilyAmount(children: number): number {
  const table = [16.03, 20.04, 24.05, 28.06];
  if (children < 4) return 0;
  if (children <= 7) return (table[children - 4] ?? 0) * MRP;

  return (28.06 + 4 * (children - 7)) * MRP;
}

export function breadwinnerAmount(dependants: number): number {
  const table = [0.92, 1.7, 2.25, 2.6, 2.75, 3.0];

  return (table[Math.min(dependants, 6) - 1] ?? 0) * PM;
}

export const childcareAmount = (order: number) =>
  [5.76, 6.81, 7.85, 8.9][Math.min(order, 4) - 1]! * MRP;

export const birthAmount = (order: number) => (order <= 3 ? 38 : 63) * MRP;

export const eighteenth = (person: Person) => birthdayAt(person.birthDay, 18);

/** Quarter start of a day: targeted and housing assistance are assigned per quarter. */
export function quarterStart(day: number): number {
  const { year, month } = fromDay(day);

  return toDay(year, month - ((month - 1) % 3), 1);
}
