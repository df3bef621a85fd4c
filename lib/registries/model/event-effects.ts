import { ageOn } from "../calendar";
import { DISTRICT_MODELS, districtModel } from "../country/districts";
import { regionProfile } from "../country/profiles";
import type { Stream } from "../rng";
import { pensionAge, startJob } from "./economy";
import { assessDisability, diagnoseChronic } from "./health";
import { createHousehold } from "./housing";
import { jobLossPayment } from "./insurance";
import type { Family, Household, Person } from "./types";

export type EventKind =
  | "death"
  | "pregnancy"
  | "marriage"
  | "divorce"
  | "move"
  | "job_loss"
  | "job_found"
  | "disability"
  | "chronic";

const CITY_DISTRICTS = DISTRICT_MODELS.filter((m) => m.region.kind === "city").map((m) => m.index);

const alive = (person: Person | undefined): person is Person =>
  person !== undefined && person.resident && person.deathDay === null;

/** Where a household moves: mostly within its district, some to the region, some to a big city. */
function destination(from: number, rng: Stream): number {
  const roll = rng.uniform();
  if (roll < 0.75) return from;

  if (roll < 0.9) {
    const region = districtModel(from).region.code;
    const options = DISTRICT_MODELS.filter((m) => m.region.code === region).map((m) => m.index);
    return rng.pick(options);
  }

  return rng.pick(CITY_DISTRICTS);
}

function newAddress(
  family: Family,
  number: number,
  districtIndex: number,
  day: number,
  rng: Stream,
) {
  const previous = family.households[number];
  const members = family.members.filter((p) => alive(p) && p.household === number).length;
  const household: Household = createHousehold({
    rng,
    family: family.index,
    number,
    move: (previous?.moves ?? -1) + 1,
    districtIndex,
    members: Math.max(1, members),
    wealth: family.wealth,
    since: day,
  });
  family.households[number] = household;
}

function divorce(family: Family, wife: Person, day: number, rng: Stream): void {
  const husband = family.members[wife.spouseSlot];
  if (!alive(husband) || wife.marital !== "married" || husband.marital !== "married") return;

  wife.marital = "divorced";
  husband.marital = "divorced";
  wife.divorceDay = day;
  husband.divorceDay = day;
  family.acts.push({
    kind: "divorce",
    day,
    husbandSlot: husband.slot,
    wifeSlot: wife.slot,
    number: family.acts.length,
  });
  const from = family.households[husband.household]?.districtIndex ?? 0;
  const number = family.households.length;
  newAddress(family, number, rng.chance(0.8) ? from : destination(from, rng), day, rng);
  husband.household = number;
}

function jobFound(family: Family, person: Person, day: number, rng: Stream): void {
  if (person.work !== "unemployed" && person.work !== "inactive") return;
  if (ageOn(person.birthDay, day) >= pensionAge(person)) return;

  const home = family.households[person.household];
  if (!home) return;

  const district = districtModel(home.districtIndex);
  const profile = regionProfile(district.region.code);
  if (person.careerStart < 0) person.careerStart = day;
  const ctx = {
    rng,
    profile,
    urban: home.urban,
    wealth: family.wealth,
    districtIndex: home.districtIndex,
    smallChildren: 0,
  };
  startJob(person, ctx, day);
}

export function applyEvent(
  family: Family,
  kind: EventKind,
  subject: number,
  day: number,
  rng: Stream,
) {
  if (kind === "move") {
    const home = family.households[subject];
    if (home) newAddress(family, subject, destination(home.districtIndex, rng), day, rng);
    return;
  }

  const person = family.members[subject];
  if (!alive(person)) return;

  switch (kind) {
    case "death": {
      person.deathDay = day;
      const spouse = family.members[person.spouseSlot];
      if (alive(spouse) && (spouse.marital === "married" || spouse.marital === "cohabiting")) {
        spouse.marital = "widowed";
      }
      return;
    }
    case "marriage": {
      const spouse = family.members[person.spouseSlot];
      if (!alive(spouse) || person.marital !== "cohabiting") return;

      person.marital = "married";
      spouse.marital = "married";
      person.marriageDay = day;
      spouse.marriageDay = day;
      family.acts.push({
        kind: "marriage",
        day,
        husbandSlot: spouse.slot,
        wifeSlot: person.slot,
        number: family.acts.length,
      });
      return;
    }
    case "divorce":
      return divorce(family, person, day, rng);
    case "job_loss": {
      if (person.work !== "employed") return;

      person.work = "unemployed";
      person.jobEnd = day;
      person.jobSeekerDay = rng.chance(0.6) ? day + rng.int(3, 40) : null;
      jobLossPayment(family, person, day, rng);
      return;
    }
    case "job_found":
      return jobFound(family, person, day, rng);
    case "disability":
      if (person.disability === 0 && !person.childDisability) assessDisability(person, rng, day);
      return;
    case "chronic":
      if (person.chronic === null) diagnoseChronic(person, rng, day);
      return;
    default:
      return;
  }
}
