import type { NameSet } from "../country/names";
import type { Sex } from "../iin";

export type Role = "head" | "spouse" | "child" | "parent" | "relative";
export type Work =
  "employed" | "self_employed" | "informal" | "unemployed" | "inactive" | "student" | "pensioner";
export type Marital = "single" | "married" | "cohabiting" | "divorced" | "widowed";
export type DisabilityCause = "general" | "childhood" | "work_injury";

/** One person of a family's lineage, living or dead. Slots never change once given. */
export type Person = {
  slot: number;
  household: number;
  sex: Sex;
  birthDay: number;
  iin: string;
  surname: string;
  firstName: string;
  patronymic: string | null;
  nameSet: NameSet;
  role: Role;
  motherSlot: number;
  fatherSlot: number;
  spouseSlot: number;
  marital: Marital;
  /** Day the current (or last) marriage was registered; -1 when none is registered. */
  marriageDay: number;
  divorceDay: number;
  deathDay: number | null;
  /** False for forebears who died before the epoch and only appear in the civil registry. */
  resident: boolean;
  birthKato: string;
  work: Work;
  employerBin: string | null;
  wage: number;
  careerStart: number;
  jobStart: number;
  jobEnd: number | null;
  jobSeekerDay: number | null;
  pension: number;
  /** Monthly income declared from a household plot or farm (single land tax regime). */
  farmIncome: number;
  disability: 0 | 1 | 2 | 3;
  childDisability: boolean;
  disabilitySince: number;
  disabilityCause: DisabilityCause;
  chronic: string | null;
  chronicSince: number;
  clinic: string;
  attached: boolean;
  healthInsured: boolean;
  pregnancyDay: number | null;
  dueDay: number | null;
  pregnancies: number;
  lastBirthDay: number;
  kindergarten: boolean;
  schoolDropout: boolean;
  tertiary: "tvet" | "bachelor" | null;
  phone: string | null;
  childrenBorn: number;
};

export type Household = {
  number: number;
  districtIndex: number;
  kato: string;
  urban: boolean;
  settlement: string;
  street: string;
  house: number;
  flat: number | null;
  addressId: string;
  since: number;
  moves: number;
  dwelling: "apartment" | "house";
  area: number;
  rooms: number;
  owned: boolean;
  gas: "mains" | "bottled" | "none";
  water: "piped" | "well" | "delivered";
  sewage: "central" | "septic" | "none";
  heating: "central" | "individual" | "stove";
  electricity: boolean;
  monthlyBill: number;
  arrearsMonths: number;
};

export type Vehicle = {
  ownerSlot: number;
  vin: string;
  plate: string;
  category: "M1" | "N1" | "L3";
  make: string;
  year: number;
  registeredDay: number;
  commercial: boolean;
};

export type Property = {
  ownerSlot: number;
  cadastral: string;
  kind: "apartment" | "house" | "commercial" | "garage" | "dacha";
  area: number;
  rooms: number;
  kato: string;
  registeredDay: number;
  share: number;
  household: number | null;
};

export type LandPlot = {
  ownerSlot: number;
  cadastral: string;
  purpose: "household_plot" | "farming" | "individual_housing";
  hectares: number;
  kato: string;
  registeredDay: number;
};

export type Loan = {
  borrowerSlot: number;
  contract: string;
  lender: string;
  kind: "consumer" | "mortgage" | "car" | "microcredit";
  openedDay: number;
  amount: number;
  termMonths: number;
  overdueDays: number;
};

export type Act = {
  kind: "marriage" | "divorce";
  day: number;
  husbandSlot: number;
  wifeSlot: number;
  number: number;
};

export type SocialInsurancePayment = {
  slot: number;
  kind: "job_loss" | "maternity" | "childcare";
  start: number;
  end: number;
  monthly: number;
};

/** A family's lineage: the household it started as and any household that split off it. */
export type Family = {
  index: number;
  wealth: number;
  nameSet: NameSet;
  members: Person[];
  households: Household[];
  vehicles: Vehicle[];
  properties: Property[];
  land: LandPlot[];
  loans: Loan[];
  acts: Act[];
  payments: SocialInsurancePayment[];
};
