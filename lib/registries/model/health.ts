import { ageOn } from "../calendar";
import type { Stream } from "../rng";
import { EPOCH, YEAR } from "./epoch";
import type { Person } from "./types";

/** ICD-10 codes of the dispensary register, with how common each is. */
export const CHRONIC_CODES = ["I10", "E11", "I25", "J45", "J44", "N18", "K25", "C50", "E03", "G40"];
const CHRONIC_WEIGHTS = [30, 18, 12, 8, 6, 5, 6, 3, 6, 6];

function disabilityShare(age: number): number {
  if (age < 18) return 0.012;
  if (age < 40) return 0.02;
  if (age < 60) return 0.045;

  return 0.085;
}

function chronicShare(age: number): number {
  if (age < 18) return 0.02;
  if (age < 40) return 0.05;
  if (age < 60) return 0.17;

  return 0.36;
}

/** Disability group (or child disability) assessed on `day`. */
export function assessDisability(person: Person, rng: Stream, day: number): void {
  const age = ageOn(person.birthDay, day);
  person.disabilitySince = day;
  if (age < 18) {
    person.childDisability = true;
    person.disabilityCause = "childhood";
    return;
  }

  person.disability = ([1, 2, 3] as const)[rng.weighted([12, 40, 48])] ?? 3;
  person.disabilityCause = rng.chance(0.06)
    ? "work_injury"
    : rng.chance(0.15)
      ? "childhood"
      : "general";
}

export function diagnoseChronic(person: Person, rng: Stream, day: number): void {
  person.chronic = CHRONIC_CODES[rng.weighted(CHRONIC_WEIGHTS)] ?? "I10";
  person.chronicSince = day;
}

/** Disability, chronic illness and health insurance of one member at the epoch. */
export function assignHealth(person: Person, rng: Stream, wealth: number, clinic: string): void {
  const age = ageOn(person.birthDay, EPOCH);
  const poorer = wealth < -1 ? 1.3 : 1;
  if (rng.chance(disabilityShare(age) * poorer)) {
    const years = Math.min(age, 12) * rng.uniform();
    assessDisability(person, rng, Math.round(EPOCH - years * YEAR) - 1);
  }
  if (rng.chance(chronicShare(age) * poorer)) {
    diagnoseChronic(person, rng, Math.round(EPOCH - Math.min(age, 15) * rng.uniform() * YEAR) - 1);
  }

  person.clinic = clinic;
  person.attached = rng.chance(0.975);
}

/**
 * Compulsory health insurance: the state pays for children, pensioners, students, the registered
 * unemployed and people with a disability; workers are insured by their contributions; people
 * working informally or staying home are insured only if they pay themselves.
 */
export function healthInsured(person: Person, onDay: number, rng: Stream): boolean {
  const age = ageOn(person.birthDay, onDay);
  if (age < 18 || person.work === "pensioner" || person.work === "student") return true;
  if (person.disability > 0 || person.work === "employed" || person.work === "self_employed") {
    return true;
  }
  if (person.jobSeekerDay !== null && person.jobSeekerDay <= onDay) return true;

  return rng.chance(0.35);
}
