import type { Source } from "../schema/types";
import { addresses } from "./addresses";
import { benefitsPaid } from "./benefits-paid";
import { civilRegistry } from "./civil-registry";
import { civilStatusActs } from "./civil-status-acts";
import { disability } from "./disability";
import { dispensary } from "./dispensary";
import { employment } from "./employment";
import { healthAttachment } from "./health-attachment";
import { higherEducation } from "./higher-education";
import { land } from "./land";
import { loans } from "./loans";
import { mobileContacts } from "./mobile-contacts";
import { pensionContributions } from "./pension-contributions";
import { pregnancy } from "./pregnancy";
import { preschool } from "./preschool";
import { realEstate } from "./real-estate";
import { school } from "./school";
import { socialInsurance } from "./social-insurance";
import { taxIncome } from "./tax-income";
import { utilities } from "./utilities";
import { vehicles } from "./vehicles";

/** Every source, in delivery order. Position in this list is part of each row's defect key. */
export const SOURCES: readonly Source[] = [
  civilRegistry,
  civilStatusActs,
  addresses,
  taxIncome,
  pensionContributions,
  socialInsurance,
  employment,
  disability,
  benefitsPaid,
  healthAttachment,
  dispensary,
  pregnancy,
  preschool,
  school,
  higherEducation,
  realEstate,
  vehicles,
  land,
  utilities,
  loans,
  mobileContacts,
];

export function findSource(id: string): Source | undefined {
  return SOURCES.find((source) => source.id === id);
}
