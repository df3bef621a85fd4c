import { toDay } from "../calendar";
import type { Sex } from "../iin";
import type { Stream } from "../rng";
import { EPOCH, YEAR } from "./epoch";
import type { Marital, Role } from "./types";

/** A member before identity is given: relations are indices into the draft list. */
export type Draft = {
  role: Role;
  sex: Sex;
  birthDay: number;
  mother: number;
  father: number;
  spouse: number;
  marital: Marital;
  marriageDay: number;
  deathDay: number | null;
  resident: boolean;
};

export const HOUSEHOLD_TYPES = [
  "single_adult",
  "couple",
  "couple_with_children",
  "single_parent",
  "several_generations",
  "elderly_couple",
  "elderly_alone",
  "empty_nest",
  "widowed_parent",
  "adult_with_parent",
] as const;
export type HouseholdType = (typeof HOUSEHOLD_TYPES)[number];

/** Relative frequency of each household type, by fertility of the region and urban or rural. */
export function typeWeights(fertility: number, urban: boolean): number[] {
  const north = Math.max(0.4, 1.6 - 0.6 * fertility);

  return [
    urban ? 0.12 : 0.07,
    0.07,
    0.36 * (0.8 + 0.2 * fertility),
    0.07,
    0.07 * (urban ? 0.8 : 1.4) * fertility,
    0.065 * north,
    0.075 * north,
    0.06,
    0.012,
    0.03,
  ];
}

const bornYearsAgo = (rng: Stream, min: number, max: number) =>
  Math.round(EPOCH - (min + rng.uniform() * (max - min)) * YEAR);

class Builder {
  readonly drafts: Draft[] = [];

  constructor(private readonly rng: Stream) {}

  add(role: Role, sex: Sex, birthDay: number, resident = true): number {
    this.drafts.push({
      role,
      sex,
      birthDay,
      mother: -1,
      father: -1,
      spouse: -1,
      marital: "single",
      marriageDay: -1,
      deathDay: null,
      resident,
    });

    return this.drafts.length - 1;
  }

  draft(index: number): Draft {
    const found = this.drafts[index];
    if (!found) throw new Error(`no draft ${index}`);

    return found;
  }

  couple(husband: number, wife: number, registeredShare: number): void {
    const h = this.draft(husband);
    const w = this.draft(wife);
    h.spouse = wife;
    w.spouse = husband;
    const registered = this.rng.chance(registeredShare);
    const marital: Marital = registered ? "married" : "cohabiting";
    h.marital = marital;
    w.marital = marital;
    if (!registered) return;

    const adult = Math.max(h.birthDay, w.birthDay) + Math.round(18 * YEAR);
    const day = Math.max(adult, Math.round(w.birthDay + (19 + this.rng.uniform() * 9) * YEAR));
    h.marriageDay = Math.min(day, EPOCH - 30);
    w.marriageDay = h.marriageDay;
  }

  /** Children of a mother (and father), youngest first aged `youngest` years. */
  children(mother: number, father: number, count: number, youngest: number, spacing: number) {
    const parentBirth = this.draft(mother >= 0 ? mother : father).birthDay;
    let age = youngest;
    for (let i = 0; i < count; i++) {
      const birthDay = Math.round(EPOCH - age * YEAR - this.rng.uniform() * 200);
      if (birthDay - parentBirth < 18 * YEAR) return;

      const child = this.add("child", this.rng.chance(0.512) ? 0 : 1, birthDay);
      this.draft(child).mother = mother;
      this.draft(child).father = father;
      age += spacing * (0.7 + 0.6 * this.rng.uniform());
    }
  }

  /** A forebear who died before the epoch: only the civil registry still holds them. */
  forebear(child: number, sex: Sex): void {
    const childBirth = this.draft(child).birthDay;
    // Registries (and the lake's dates) start in 1900: no forebear is born earlier.
    const birthDay = Math.max(
      FIRST_DAY_1900,
      Math.round(childBirth - (22 + this.rng.uniform() * 14) * YEAR),
    );
    const ageAtEpoch = (EPOCH - birthDay) / YEAR;
    const deadShare = ageAtEpoch < 55 ? 0.08 : ageAtEpoch < 70 ? 0.35 : ageAtEpoch < 80 ? 0.6 : 0.9;
    if (!this.rng.chance(deadShare)) return;

    const index = this.add("relative", sex, birthDay, false);
    const earliest = Math.max(childBirth + 5 * YEAR, birthDay + 40 * YEAR);
    this.draft(index).deathDay = Math.round(
      earliest + this.rng.uniform() * (EPOCH - 60 - earliest),
    );
    if (sex === 0) this.draft(child).father = index;
    else this.draft(child).mother = index;
  }
}

const FIRST_DAY_1900 = toDay(1900, 1, 1);

/** Number of children of a family with children, more where fertility is high. */
function childCount(rng: Stream, fertility: number, urban: boolean): number {
  const f = fertility * (urban ? 0.92 : 1.12);
  const weights = [0.38, 0.35, 0.16, 0.06, 0.025, 0.012, 0.007, 0.003, 0.002].map(
    (w, k) => w * f ** (1.3 * (k - 1)),
  );

  return rng.weighted(weights) + 1;
}

/** Age in years of the youngest child: young children are more common than older ones. */
const youngestAge = (rng: Stream, max: number) => max * rng.uniform() ** 1.35;

export function compose(rng: Stream, type: HouseholdType, fertility: number, urban: boolean) {
  const b = new Builder(rng);
  const registered = urban ? 0.93 : 0.88;
  const spacing = 3.2 - 0.9 * fertility;

  const parents = (motherAge: number) => {
    const wife = b.add("spouse", 1, bornYearsAgo(rng, motherAge, motherAge + 1));
    const husband = b.add("head", 0, Math.round(b.draft(wife).birthDay - rng.int(0, 6) * YEAR));
    b.couple(husband, wife, registered);
    return { husband, wife };
  };

  switch (type) {
    case "single_adult": {
      b.add("head", rng.chance(0.55) ? 0 : 1, bornYearsAgo(rng, 19, 45));
      break;
    }
    case "couple": {
      parents(20 + rng.uniform() * 12);
      break;
    }
    case "couple_with_children":
    case "several_generations": {
      const count = childCount(rng, fertility, urban);
      const youngest = youngestAge(rng, type === "couple_with_children" ? 16 : 12);
      const eldest = youngest + (count - 1) * spacing;
      const { husband, wife } = parents(eldest + 20 + rng.uniform() * 8);
      b.children(wife, husband, count, youngest, spacing);
      if (type === "several_generations") elders(b, rng, husband);
      break;
    }
    case "single_parent": {
      const count = Math.min(childCount(rng, fertility, urban), 4);
      const youngest = youngestAge(rng, 15);
      const sex: Sex = rng.chance(0.85) ? 1 : 0;
      const parent = b.add("head", sex, bornYearsAgo(rng, youngest + 20, youngest + 32));
      b.draft(parent).marital = rng.chance(0.6) ? "divorced" : "single";
      b.children(sex === 1 ? parent : -1, sex === 0 ? parent : -1, count, youngest, spacing);
      break;
    }
    case "widowed_parent": {
      const count = childCount(rng, fertility, urban);
      const youngest = youngestAge(rng, 12);
      const { husband, wife } = parents(youngest + (count - 1) * spacing + 20 + rng.uniform() * 8);
      b.children(wife, husband, count, youngest, spacing);
      const deceased = rng.chance(0.8) ? husband : wife;
      b.draft(deceased).deathDay = EPOCH - rng.int(20, 1000);
      b.draft(deceased === husband ? wife : husband).marital = "widowed";
      break;
    }
    case "elderly_couple": {
      parents(62 + rng.uniform() * 20);
      break;
    }
    case "elderly_alone": {
      const sex: Sex = rng.chance(0.72) ? 1 : 0;
      const person = b.add("head", sex, bornYearsAgo(rng, 65, 92));
      b.draft(person).marital = rng.chance(0.75) ? "widowed" : "divorced";
      break;
    }
    case "empty_nest": {
      const { husband, wife } = parents(45 + rng.uniform() * 17);
      if (rng.chance(0.45)) b.children(wife, husband, 1, 18 + rng.uniform() * 8, spacing);
      break;
    }
    case "adult_with_parent": {
      const parent = b.add("parent", 1, bornYearsAgo(rng, 68, 90));
      b.draft(parent).marital = "widowed";
      const born = Math.round(b.draft(parent).birthDay + (22 + rng.uniform() * 12) * YEAR);
      const adult = b.add("head", rng.chance(0.5) ? 0 : 1, born);
      b.draft(adult).mother = parent;
      b.draft(adult).marital = rng.chance(0.5) ? "divorced" : "single";
      break;
    }
  }

  const head = b.drafts.findIndex((d) => d.role === "head");
  if (head >= 0 && b.draft(head).father < 0) b.forebear(head, 0);
  if (head >= 0 && b.draft(head).mother < 0) b.forebear(head, 1);

  return { type, drafts: b.drafts };
}

/** One or two grandparents living with the couple: the husband's parents. */
function elders(b: Builder, rng: Stream, husband: number): void {
  const sonBirth = b.draft(husband).birthDay;
  const mother = b.add("parent", 1, Math.round(sonBirth - (20 + rng.uniform() * 12) * YEAR));
  b.draft(husband).mother = mother;
  if (!rng.chance(0.5)) {
    b.draft(mother).marital = "widowed";
    return;
  }

  const father = b.add("parent", 0, Math.round(b.draft(mother).birthDay - rng.int(0, 5) * YEAR));
  b.draft(husband).father = father;
  b.couple(father, mother, 0.97);
}
