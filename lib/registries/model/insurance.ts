import { monthsBetween } from "../calendar";
import type { Stream } from "../rng";
import { EPOCH } from "./epoch";
import type { Family, Person } from "./types";

/** Share of entitled people who claim a social insurance payment without being prompted. */
export const INSURANCE_TAKE_UP = { job_loss: 0.7, maternity: 0.9, childcare: 0.88 } as const;
const CHILDCARE_CAP = 238000;

/** Months of social contributions in the 24 months before `day`. */
export function contributionMonths(person: Person, day: number): number {
  if (person.careerStart < 0) return 0;

  const working = person.work === "employed" || person.work === "self_employed";
  const end = working ? day : (person.jobEnd ?? -1);
  const start = Math.max(person.careerStart, day - 730);
  if (end <= start) return 0;

  return Math.min(24, Math.max(0, monthsBetween(start, Math.min(end, day))));
}

export function insured(person: Person, day: number): boolean {
  return contributionMonths(person, day) >= 6;
}

/** Job-loss payment: 45 % of income times a length-of-service factor, 1 to 6 months. */
export function jobLossPayment(family: Family, person: Person, day: number, rng: Stream): void {
  const months = contributionMonths(person, day);
  if (months < 6 || !rng.chance(INSURANCE_TAKE_UP.job_loss)) return;

  const service = Math.max(0, monthsBetween(person.careerStart, day));
  const factor = Math.min(1.3, 0.7 + 0.005 * service);
  const duration = Math.min(6, 1 + Math.floor(service / 12));
  const start = day + rng.int(15, 60);
  family.payments.push({
    slot: person.slot,
    kind: "job_loss",
    start,
    end: start + duration * 30,
    monthly: Math.round(person.wage * 0.45 * factor),
  });
}

/** Maternity pay for 126 days from 70 days before the due date, for insured mothers. */
export function maternityPayment(family: Family, mother: Person, dueDay: number, rng: Stream) {
  if (!insured(mother, dueDay - 70) || !rng.chance(INSURANCE_TAKE_UP.maternity)) return;

  family.payments.push({
    slot: mother.slot,
    kind: "maternity",
    start: dueDay - 70,
    end: dueDay + 56,
    monthly: mother.wage,
  });
}

/** Childcare pay to age 1.5: 40 % of income, capped, for insured mothers. */
export function childcarePayment(family: Family, mother: Person, birthDay: number, rng: Stream) {
  if (!insured(mother, birthDay) || !rng.chance(INSURANCE_TAKE_UP.childcare)) return;

  family.payments.push({
    slot: mother.slot,
    kind: "childcare",
    start: birthDay + 57,
    end: birthDay + 548,
    monthly: Math.min(CHILDCARE_CAP, Math.round(0.4 * mother.wage)),
  });
}

/** Payments already running on the epoch: recent job losses and mothers of babies. */
export function basePayments(family: Family, rng: Stream): void {
  for (const person of family.members) {
    if (!person.resident || person.deathDay !== null) continue;

    if (person.work === "unemployed" && person.jobEnd !== null && EPOCH - person.jobEnd < 200) {
      jobLossPayment(family, person, person.jobEnd, rng);
    }
    if (person.sex === 1 && person.lastBirthDay >= 0 && EPOCH - person.lastBirthDay < 548) {
      childcarePayment(family, person, person.lastBirthDay, rng);
    }
  }
}
