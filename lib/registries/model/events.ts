import { ageOn } from "../calendar";
import { Stream } from "../rng";
import { STREAM } from "./family";
import { EPOCH, YEAR } from "./epoch";
import { applyEvent, type EventKind } from "./event-effects";
import { registerPregnancy, resolveBirths, type BirthContext } from "./pregnancy";
import type { Family, Person } from "./types";

/** Yearly rates of the events that change a family (per person, couple or household). */
export const EVENT_RATES = {
  pregnancy: 0.16,
  marriage: 0.3,
  divorce: 0.012,
  move: 0.05,
  job_loss: 0.07,
  job_found: 0.6,
  inactive_job_found: 0.04,
  disability: 0.004,
  chronic: 0.02,
} as const;

/** Yearly probability of dying at an age (Gompertz, calibrated to a life expectancy near 75). */
export function mortality(age: number): number {
  return Math.min(0.5, 0.0005 + 0.00004 * Math.exp(0.093 * age));
}

type Candidate = { kind: EventKind; subject: number; weight: number };

function personCandidates(person: Person, fertility: number, out: Candidate[]): void {
  const age = ageOn(person.birthDay, EPOCH);
  const add = (kind: EventKind, weight: number) => out.push({ kind, subject: person.slot, weight });
  add("death", mortality(age));
  add("disability", EVENT_RATES.disability * (age < 18 ? 0.3 : age < 60 ? 1 : 2.5));
  if (age >= 35) add("chronic", EVENT_RATES.chronic * (age < 60 ? 1 : 2));
  if (person.work === "employed") add("job_loss", EVENT_RATES.job_loss);
  if (person.work === "unemployed") add("job_found", EVENT_RATES.job_found);
  if (person.work === "inactive" && age < 55) add("job_found", EVENT_RATES.inactive_job_found);
  if (person.sex === 1 && age >= 17 && age <= 44) {
    const together = person.marital === "married" || person.marital === "cohabiting";
    add(
      "pregnancy",
      EVENT_RATES.pregnancy * fertility * (together ? 1 : 0.1) * (age > 38 ? 0.3 : 1),
    );
    if (person.marital === "cohabiting") add("marriage", EVENT_RATES.marriage);
    if (person.marital === "married" && age < 55) add("divorce", EVENT_RATES.divorce);
  }
}

/** Every event that can happen to the family, with its yearly rate, fixed at the epoch. */
export function candidates(family: Family, fertility: number): Candidate[] {
  const out: Candidate[] = [];
  for (const person of family.members) {
    if (person.resident && person.deathDay === null) personCandidates(person, fertility, out);
  }
  for (const household of family.households) {
    out.push({ kind: "move", subject: household.number, weight: EVENT_RATES.move });
  }

  return out;
}

/**
 * Moves the family from the epoch to `day`: events arrive as a Poisson process whose gaps are
 * exponential draws, event k drawing only from its own stream (seed, family, k). The work is
 * proportional to the number of events, not of days, and the state on a day never depends on
 * which dates were generated before.
 */
export function advance(family: Family, day: number, fertility: number, ctx: BirthContext): void {
  const table = candidates(family, fertility);
  const weights = table.map((c) => c.weight);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const perDay = total / YEAR;
  let time = EPOCH;

  for (let k = 1; perDay > 0; k++) {
    const rng = new Stream(ctx.seed, family.index, STREAM.events, k);
    time += rng.exponential(perDay);
    const eventDay = Math.floor(time);
    if (eventDay > day) break;

    resolveBirths(family, eventDay, ctx);
    const candidate = table[rng.weighted(weights)];
    if (!candidate) continue;

    if (candidate.kind === "pregnancy") {
      const woman = family.members[candidate.subject];
      if (woman) registerPregnancy(family, woman, eventDay, rng);
      continue;
    }
    applyEvent(family, candidate.kind, candidate.subject, eventDay, rng);
  }

  resolveBirths(family, day, ctx);
}
