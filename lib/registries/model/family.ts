import { ageOn } from "../calendar";
import { DISTRICT_CUMULATIVE, districtModel } from "../country/districts";
import { surnameStem, type NameSet } from "../country/names";
import { regionProfile } from "../country/profiles";
import type { IinAllocator } from "../iin-allocator";
import { searchCumulative, Stream } from "../rng";
import { assignAssets } from "./assets";
import { compose, HOUSEHOLD_TYPES, typeWeights, type Draft } from "./composition";
import { assignWork } from "./economy";
import { assignEducation } from "./education";
import { EPOCH, YEAR } from "./epoch";
import { assignHealth, healthInsured } from "./health";
import { createHousehold } from "./housing";
import { phoneNumber } from "./identifiers";
import { basePayments } from "./insurance";
import { clinicCode, createPerson } from "./person";
import { pregnantAtEpoch } from "./pregnancy";
import type { Family, Person } from "./types";

/** Named sub-streams of a family's randomness, so adding draws to one never shifts another. */
export const STREAM = { base: 1, names: 2, assets: 3, events: 100 } as const;

function linkRelations(members: Person[], drafts: Draft[]): void {
  drafts.forEach((draft, i) => {
    const person = members[i];
    if (!person) return;

    person.motherSlot = draft.mother;
    person.fatherSlot = draft.father;
    person.spouseSlot = draft.spouse;
    person.marriageDay = draft.marriageDay;
    person.deathDay = draft.deathDay;
    person.resident = draft.resident;
  });
}

function identities(
  family: number,
  drafts: Draft[],
  nameSet: NameSet,
  allocator: IinAllocator,
  rng: Stream,
  kato: string,
): Person[] {
  const stem = surnameStem(rng, nameSet);
  const members: Person[] = [];
  drafts.forEach((draft, slot) => {
    const { iin, birthDay } = allocator.allocate(draft.birthDay, draft.sex);
    const father = draft.father >= 0 ? members[draft.father] : undefined;
    const person = createPerson(rng, {
      slot,
      household: 0,
      role: draft.role,
      sex: draft.sex,
      birthDay,
      iin,
      nameSet,
      stem,
      fatherName: father ? father.firstName : rng.chance(0.9) ? "Серик" : null,
      marital: draft.marital,
      birthKato: kato,
    });
    if (slot < 16 && ageOn(birthDay, EPOCH) >= 16 && rng.chance(0.97)) {
      person.phone = phoneNumber(family, slot);
    }
    members.push(person);
  });

  return members;
}

/** A family's lineage as it stood on the epoch: deterministic in (seed, index). */
export function baseFamily(seed: number, index: number, allocator: IinAllocator): Family {
  const rng = new Stream(seed, index, STREAM.base);
  const districtIndex = searchCumulative(DISTRICT_CUMULATIVE, rng.uniform());
  const district = districtModel(districtIndex);
  const profile = regionProfile(district.region.code);
  const urban = district.urban;
  const wealth = 0.85 * rng.normal() + 0.9 * (profile.wage - 1) + (urban ? 0.2 : -0.1);
  const nameSet: NameSet = rng.chance(Math.min(0.98, profile.kazakh + (urban ? 0 : 0.1)))
    ? "kazakh"
    : "russian";
  const type = HOUSEHOLD_TYPES[rng.weighted(typeWeights(profile.fertility, urban))] ?? "couple";
  const { drafts } = compose(rng, type, profile.fertility, urban);

  const names = new Stream(seed, index, STREAM.names);
  const members = identities(index, drafts, nameSet, allocator, names, district.district.kato);
  linkRelations(members, drafts);
  const living = members.filter((p) => p.resident && p.deathDay === null);
  const home = createHousehold({
    rng,
    family: index,
    number: 0,
    move: 0,
    districtIndex,
    members: living.length,
    wealth,
    since: EPOCH - rng.int(30, 6000),
  });
  const clinic = clinicCode(home.kato, rng);
  const smallChildren = living.filter((p) => EPOCH - p.birthDay < 3 * YEAR).length;
  const family: Family = {
    index,
    wealth,
    nameSet,
    members,
    households: [home],
    vehicles: [],
    properties: [],
    land: [],
    loans: [],
    acts: [],
    payments: [],
  };

  for (const person of living) {
    assignEducation(person, rng, urban, wealth);
    assignHealth(person, rng, wealth, clinic);
    assignWork(person, { rng, profile, urban, wealth, districtIndex, smallChildren });
    person.healthInsured = healthInsured(person, EPOCH, rng);
  }
  for (const person of members) {
    if (person.motherSlot >= 0) {
      const mother = members[person.motherSlot];
      if (mother) {
        mother.childrenBorn += 1;
        mother.lastBirthDay = Math.max(mother.lastBirthDay, person.birthDay);
      }
    }
  }
  registerMarriages(family);
  pregnantAtEpoch(family, rng, profile.fertility);
  basePayments(family, rng);
  assignAssets(family, new Stream(seed, index, STREAM.assets));

  return family;
}

function registerMarriages(family: Family): void {
  for (const wife of family.members) {
    if (wife.sex !== 1 || wife.marriageDay < 0 || wife.spouseSlot < 0) continue;

    family.acts.push({
      kind: "marriage",
      day: wife.marriageDay,
      husbandSlot: wife.spouseSlot,
      wifeSlot: wife.slot,
      number: family.acts.length,
    });
  }
}
