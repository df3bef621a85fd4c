import { ageOn } from "../calendar";
import type { RegionProfile } from "../country/profiles";
import { tertiaryYear } from "./education";
import type { Stream } from "../rng";
import { EPOCH, MEDIAN_WAGE, MINIMUM_WAGE, PENSION_AGE, YEAR } from "./epoch";
import { employerBin } from "./identifiers";
import type { Person } from "./types";

export type EconomyContext = {
  rng: Stream;
  profile: RegionProfile;
  urban: boolean;
  wealth: number;
  districtIndex: number;
  /** Children under three in the household: mothers of small children often stay home. */
  smallChildren: number;
};

export function pensionAge(person: Person): number {
  return person.sex === 0 ? PENSION_AGE.male : PENSION_AGE.female;
}

/** A monthly gross wage: log-normal around the regional median, shifted by family wealth. */
export function drawWage(ctx: EconomyContext): number {
  const median = 1.12 * MEDIAN_WAGE * ctx.profile.wage ** 0.5 * (ctx.urban ? 1.05 : 1);
  const wage = median * Math.exp(0.25 * ctx.wealth + 0.38 * ctx.rng.normal());

  return Math.max(MINIMUM_WAGE, Math.round(wage / 100) * 100);
}

/** Large employers take more workers: employer numbers follow a skewed draw. */
export function drawEmployer(ctx: EconomyContext): string {
  const employer = Math.floor(200 * ctx.rng.uniform() ** 2.2);

  return employerBin(ctx.districtIndex, employer);
}

function startJob(person: Person, ctx: EconomyContext, day: number): void {
  person.work = "employed";
  person.employerBin = drawEmployer(ctx);
  person.wage = drawWage(ctx);
  person.jobStart = day;
  person.jobEnd = null;
  person.jobSeekerDay = null;
}

function workingAgeStatus(person: Person, ctx: EconomyContext): void {
  const { rng, profile, urban, wealth } = ctx;
  const careerStart = Math.round(person.birthDay + (18 + rng.uniform() * 5) * YEAR);
  person.careerStart = Math.min(careerStart, EPOCH - 30);
  const tenure = Math.min(EPOCH - person.careerStart, Math.round(rng.exponential(1 / 5) * YEAR));
  const motherAtHome = person.sex === 1 && ctx.smallChildren > 0 ? 0.06 : 0;
  const disabled = person.disability === 1 || person.disability === 2 ? 0.45 : 0;
  const informal = Math.max(0.01, 0.3 * profile.informal + (urban ? 0 : 0.02) - 0.04 * wealth);
  const unemployed = Math.max(0.01, 0.035 - 0.012 * wealth);
  const selfEmployed = 0.12 + (urban ? 0.02 : 0.06);
  const inactive = 0.03 + motherAtHome + disabled + (person.sex === 1 ? 0.02 : 0);
  const formal = Math.max(0.15, 1 - informal - unemployed - selfEmployed - inactive);
  const choice = rng.weighted([formal, selfEmployed, informal, unemployed, inactive]);

  if (choice === 0) return startJob(person, ctx, EPOCH - Math.max(1, tenure));
  if (choice === 1) {
    person.work = "self_employed";
    const declared = 170000 * ctx.profile.wage * Math.exp(0.3 * wealth + 0.5 * rng.normal());
    person.wage = Math.round(declared / 100) * 100;
    person.jobStart = EPOCH - Math.max(1, tenure);
    return;
  }
  if (choice === 2) {
    person.work = "informal";
    return;
  }
  if (choice === 3) {
    person.work = "unemployed";
    person.jobEnd = EPOCH - rng.int(20, 500);
    person.jobStart = Math.max(
      person.careerStart,
      person.jobEnd - Math.round(rng.exponential(1 / 3) * YEAR),
    );
    person.employerBin = drawEmployer(ctx);
    person.wage = drawWage(ctx);
    if (rng.chance(0.55)) person.jobSeekerDay = person.jobEnd + rng.int(5, 60);
    return;
  }

  person.work = "inactive";
}

/** Work, income and pension of one member at the epoch. */
export function assignWork(person: Person, ctx: EconomyContext): void {
  const age = ageOn(person.birthDay, EPOCH);
  if (age < 18) return;

  if (age >= pensionAge(person)) {
    person.work = "pensioner";
    person.pension = Math.round(95000 + 70000 * ctx.rng.uniform() + 15000 * ctx.wealth);
    person.careerStart = Math.round(person.birthDay + 20 * YEAR);
    if (age < 70 && ctx.rng.chance(0.12)) startJob(person, ctx, EPOCH - ctx.rng.int(100, 3000));
    return;
  }
  if (tertiaryYear(person, EPOCH) !== null) {
    person.work = "student";
    return;
  }

  workingAgeStatus(person, ctx);
}

export { startJob };
