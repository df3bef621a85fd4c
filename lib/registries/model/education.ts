import { ageOn, fromDay, toDay } from "../calendar";
import type { Stream } from "../rng";
import { EPOCH } from "./epoch";
import type { Person } from "./types";

/** The year the school year containing `day` started (it starts on 1 September). */
export function schoolYearStart(day: number): number {
  const { year, month } = fromDay(day);

  return month >= 9 ? year : year - 1;
}

/** School grade on a day: children start grade 1 in the school year they turn 7, up to 11. */
export function schoolGrade(person: Person, day: number): number | null {
  const grade = schoolYearStart(day) - fromDay(person.birthDay).year - 5;
  if (grade < 1 || grade > 11) return null;

  return grade;
}

/** Day the child was enrolled in school: 1 September of the year of grade 1. */
export function schoolEnrolmentDay(person: Person, day: number): number {
  const grade = schoolGrade(person, day) ?? 1;

  return toDay(schoolYearStart(day) - grade + 1, 9, 1);
}

/** Preschool status: a kindergarten place from age 2, or a place in the queue. */
export function preschoolStatus(person: Person, day: number): "enrolled" | "queue" | null {
  const age = ageOn(person.birthDay, day);
  if (age < 1 || age > 6 || schoolGrade(person, day) !== null) return null;
  if (person.kindergarten && age >= 2) return "enrolled";

  return person.kindergarten ? "queue" : null;
}

/** Tertiary study: enrolled at 18 for three (college) or four (university) years. */
export function tertiaryYear(person: Person, day: number): number | null {
  if (person.tertiary === null) return null;

  const startYear = fromDay(person.birthDay).year + 18;
  const course = schoolYearStart(day) - startYear + 1;
  const length = person.tertiary === "tvet" ? 3 : 4;
  if (course < 1 || course > length) return null;

  return course;
}

export function assignEducation(person: Person, rng: Stream, urban: boolean, wealth: number) {
  const age = ageOn(person.birthDay, EPOCH);
  person.kindergarten = rng.chance((urban ? 0.78 : 0.58) + 0.05 * wealth);
  person.schoolDropout = rng.chance(wealth < -1.2 ? 0.015 : 0.003);
  if (age < 12 || age > 24) return;

  if (rng.chance(0.42 + 0.08 * wealth + (urban ? 0.08 : 0))) {
    person.tertiary = rng.chance(0.45) ? "tvet" : "bachelor";
  }
}
