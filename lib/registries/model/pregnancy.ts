import { ageOn } from "../calendar";
import type { IinAllocator } from "../iin-allocator";
import { Stream } from "../rng";
import { EPOCH } from "./epoch";
import { childcarePayment, maternityPayment } from "./insurance";
import { createPerson } from "./person";
import type { Family, Person } from "./types";

export type BirthContext = { seed: number; allocator: IinAllocator };

function canConceive(woman: Person, day: number): boolean {
  if (woman.sex !== 1 || !woman.resident || woman.deathDay !== null) return false;
  if (woman.dueDay !== null || day - woman.lastBirthDay < 300) return false;

  const age = ageOn(woman.birthDay, day);

  return age >= 18 && age <= 44;
}

const partnered = (woman: Person) => woman.marital === "married" || woman.marital === "cohabiting";

/** A pregnancy registered on `day` (about the tenth week), due some 30 weeks later. */
export function registerPregnancy(family: Family, woman: Person, day: number, rng: Stream) {
  if (!canConceive(woman, day)) return;

  woman.pregnancyDay = day;
  woman.dueDay = day + rng.int(196, 224);
  woman.pregnancies += 1;
  maternityPayment(family, woman, woman.dueDay, rng);
}

/** Women already pregnant on the epoch, at every stage of pregnancy. */
export function pregnantAtEpoch(family: Family, rng: Stream, fertility: number): void {
  for (const woman of family.members) {
    if (!canConceive(woman, EPOCH)) continue;

    const share = 0.075 * fertility * (partnered(woman) ? 1 : 0.12);
    if (!rng.chance(share)) continue;

    registerPregnancy(family, woman, EPOCH - rng.int(0, 190), rng);
    if ((woman.dueDay ?? EPOCH) <= EPOCH) woman.dueDay = EPOCH + rng.int(1, 30);
  }
}

function newborn(family: Family, mother: Person, day: number, ctx: BirthContext): void {
  const rng = new Stream(ctx.seed, family.index, 600 + mother.slot, mother.pregnancies);
  const father = mother.spouseSlot >= 0 ? family.members[mother.spouseSlot] : undefined;
  const fatherHere = father && father.deathDay === null && father.household === mother.household;
  const sex = rng.chance(0.512) ? 0 : 1;
  const { iin, birthDay } = ctx.allocator.allocate(day, sex);
  const home = family.households[mother.household];
  const stem = fatherHere ? father.surname : mother.surname.replace(/а$/, "");
  const child = createPerson(rng, {
    slot: family.members.length,
    household: mother.household,
    role: "child",
    sex,
    birthDay,
    iin,
    nameSet: mother.nameSet,
    stem,
    fatherName: fatherHere ? father.firstName : null,
    marital: "single",
    birthKato: home?.kato ?? mother.birthKato,
  });
  child.motherSlot = mother.slot;
  child.fatherSlot = fatherHere ? father.slot : -1;
  child.clinic = mother.clinic;
  child.kindergarten = rng.chance(0.7);
  family.members.push(child);
  mother.childrenBorn += 1;
  mother.lastBirthDay = birthDay;
  childcarePayment(family, mother, birthDay, rng);
}

/** Pregnancies due on or before `upTo` end: 97 % in a birth, the rest in a loss. */
export function resolveBirths(family: Family, upTo: number, ctx: BirthContext): void {
  for (const mother of family.members) {
    const due = mother.dueDay;
    if (due === null || due > upTo) continue;

    mother.dueDay = null;
    mother.pregnancyDay = null;
    if (mother.deathDay !== null && mother.deathDay < due) continue;

    const outcome = new Stream(ctx.seed, family.index, 700 + mother.slot, mother.pregnancies);
    if (outcome.chance(0.97)) newborn(family, mother, due, ctx);
  }
}
