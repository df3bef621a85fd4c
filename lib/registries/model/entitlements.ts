import { ageOn } from "../calendar";
import {
  alive,
  birthAmount,
  breadwinnerAmount,
  childcareAmount,
  childrenOf,
  disabilityAmount,
  eighteenth,
  grant,
  isMinor,
  largeFamilyAmount,
  quarterStart,
  type Assignment,
  type BenefitContext,
} from "./benefits";
import { insured } from "./insurance";
import { householdIncome } from "./income";
import { PM, MRP } from "./epoch";
import type { Family, Person } from "./types";

function disability(ctx: BenefitContext, person: Person): void {
  if (person.disability === 0 && !person.childDisability) return;

  const until = person.deathDay ?? (person.childDisability ? eighteenth(person) : null);
  grant(
    ctx,
    person,
    "DISABILITY",
    person.disabilitySince,
    until,
    disabilityAmount(person, ctx.day),
  );
  const carer = ctx.family.members.find(
    (p) =>
      alive(p, ctx.day) &&
      p.slot !== person.slot &&
      p.household === person.household &&
      !isMinor(p, ctx.day),
  );
  if (!carer) return;

  if (person.childDisability) {
    const parent = ctx.family.members[person.motherSlot] ?? carer;
    grant(ctx, parent, "CHILD_DISABILITY_CARE", person.disabilitySince, until, 1.61 * PM);
  }
  if (person.disability === 1 && carer.work !== "employed") {
    grant(ctx, carer, "CARER", person.disabilitySince, person.deathDay, 1.4 * PM);
  }
}

function breadwinner(ctx: BenefitContext, deceased: Person): void {
  if (deceased.deathDay === null || deceased.deathDay > ctx.day) return;

  const died = deceased.deathDay;
  const dependants = childrenOf(ctx.family, deceased).filter(
    (c) => c.birthDay <= died && isMinor(c, died),
  );
  if (dependants.length === 0) return;

  const survivor =
    ctx.family.members.find((p) => p.slot === deceased.spouseSlot && alive(p, ctx.day)) ??
    ctx.family.members.find((p) => alive(p, ctx.day) && !isMinor(p, ctx.day));
  if (!survivor) return;

  const current = dependants.filter((c) => isMinor(c, ctx.day)).length;
  const until = Math.max(...dependants.map(eighteenth));
  grant(ctx, survivor, "BREADWINNER", died, until, breadwinnerAmount(Math.max(1, current)));
}

function mother(ctx: BenefitContext, woman: Person): void {
  const children = childrenOf(ctx.family, woman).sort((a, b) => a.birthDay - b.birthDay);
  const minors = children.filter((c) => isMinor(c, ctx.day) && c.birthDay <= ctx.day);
  if (minors.length >= 4) {
    const fourth = minors[3];
    const until = Math.min(...minors.map(eighteenth));
    if (fourth)
      grant(ctx, woman, "LARGE_FAMILY", fourth.birthDay, until, largeFamilyAmount(minors.length));
  }

  const sixth = children[5];
  const seventh = children[6];
  if (sixth)
    grant(
      ctx,
      woman,
      "MOTHER_AWARD_KUMIS",
      sixth.birthDay + 365,
      seventh ? seventh.birthDay + 365 : null,
      6.4 * MRP,
    );
  if (seventh) grant(ctx, woman, "MOTHER_AWARD_ALTYN", seventh.birthDay + 365, null, 7.4 * MRP);

  children.forEach((child, i) => {
    if (ctx.day - child.birthDay > 548 + 365 || child.birthDay > ctx.day) return;

    grant(ctx, woman, "BIRTH", child.birthDay, child.birthDay, birthAmount(i + 1));
    if (!insured(woman, child.birthDay)) {
      grant(
        ctx,
        woman,
        "CHILDCARE_STATE",
        child.birthDay,
        child.birthDay + 548,
        childcareAmount(i + 1),
      );
    }
  });
}

/** Targeted social assistance and housing assistance, assigned for the current quarter. */
function assistance(ctx: BenefitContext, benefits: Assignment[]): void {
  const main = ctx.family.members.filter((p) => alive(p, ctx.day) && p.household === 0);
  const head = main.find((p) => !isMinor(p, ctx.day));
  const home = ctx.family.households[0];
  if (!head || !home || main.length === 0) return;

  const income = householdIncome(ctx.family, 0, ctx.day, benefits);
  const perMember = income / main.length;
  const quarter = quarterStart(ctx.day);
  // Assigned for a quarter at a time, on a claim made before it starts: a family that claimed
  // is paid from the quarter's first day, not 15 to 120 days into it like other benefits.
  const claim = quarter - 120;
  const line = 0.7 * PM;
  if (perMember < line) {
    const young = main.filter(
      (p) => ageOn(p.birthDay, ctx.day) >= 1 && ageOn(p.birthDay, ctx.day) < 7,
    );
    const monthly = (line - perMember) * main.length + 1.5 * MRP * young.length;
    grant(ctx, head, "ASP", claim, quarter + 91, monthly);
  }
  if (perMember < PM && home.monthlyBill > 0.1 * income) {
    grant(ctx, head, "HOUSING", claim, quarter + 91, home.monthlyBill - 0.1 * income);
  }
}

/** State benefits paid on `day`: running ones and those that ended in the last year. */
export function stateBenefits(seed: number, family: Family, day: number): Assignment[] {
  const ctx: BenefitContext = { seed, family, day, out: [] };
  for (const person of family.members) {
    if (!person.resident) continue;

    breadwinner(ctx, person);
    if (person.deathDay !== null && person.deathDay < day - 365) continue;

    disability(ctx, person);
    if (person.sex === 1) mother(ctx, person);
  }
  assistance(ctx, ctx.out.slice());

  return ctx.out;
}
