import { addresses } from "./addresses";
import { benefitsPaid } from "./benefits-paid";
import { civilRegistry } from "./civil-registry";
import { civilStatusActs } from "./civil-status-acts";
import type { PipelineSource } from "./define";
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

export type { LakeColumn, PipelineSource } from "./define";

/** The pipeline's source catalogue, the civil registry first: integration is keyed on it. */
export const PIPELINE_SOURCES: readonly PipelineSource[] = [
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
