import { firstName, patronymic, surnameFor, type NameSet } from "../country/names";
import type { Sex } from "../iin";
import type { Stream } from "../rng";
import type { Marital, Person, Role } from "./types";

export type Identity = {
  slot: number;
  household: number;
  role: Role;
  sex: Sex;
  birthDay: number;
  iin: string;
  nameSet: NameSet;
  stem: string;
  fatherName: string | null;
  marital: Marital;
  birthKato: string;
};

/** A member with identity and names; every other attribute at its neutral value. */
export function createPerson(rng: Stream, id: Identity): Person {
  const withPatronymic = id.fatherName !== null && (id.nameSet === "russian" || rng.chance(0.85));

  return {
    slot: id.slot,
    household: id.household,
    sex: id.sex,
    birthDay: id.birthDay,
    iin: id.iin,
    surname: surnameFor(id.stem, id.sex),
    firstName: firstName(rng, id.nameSet, id.sex),
    patronymic: withPatronymic && id.fatherName ? patronymic(id.fatherName, id.sex) : null,
    nameSet: id.nameSet,
    role: id.role,
    motherSlot: -1,
    fatherSlot: -1,
    spouseSlot: -1,
    marital: id.marital,
    marriageDay: -1,
    divorceDay: -1,
    deathDay: null,
    resident: true,
    birthKato: id.birthKato,
    work: "inactive",
    employerBin: null,
    wage: 0,
    careerStart: -1,
    jobStart: -1,
    jobEnd: null,
    jobSeekerDay: null,
    pension: 0,
    farmIncome: 0,
    disability: 0,
    childDisability: false,
    disabilitySince: -1,
    disabilityCause: "general",
    chronic: null,
    chronicSince: -1,
    clinic: "",
    attached: true,
    healthInsured: true,
    pregnancyDay: null,
    dueDay: null,
    pregnancies: 0,
    lastBirthDay: -1,
    kindergarten: false,
    schoolDropout: false,
    tertiary: null,
    phone: null,
    childrenBorn: 0,
  };
}

/** The polyclinic members of a household in this district are attached to. */
export function clinicCode(kato: string, rng: Stream): string {
  return `${kato.slice(0, 4)}${String(rng.int(1, 40)).padStart(3, "0")}`;
}
