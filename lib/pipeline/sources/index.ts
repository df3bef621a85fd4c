import { addresses } from "./addresses";
import { benefitsPaid } from "./benefits-paid";
import { civilRegistry } from "./civil-registry";
import { civilStatusActs } from "./civil-status-acts";
import { SOURCES } from "../../registries/sources";
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

const MODULES: readonly PipelineSource[] = [
  addresses,
  benefitsPaid,
  civilRegistry,
  civilStatusActs,
  disability,
  dispensary,
  employment,
  healthAttachment,
  higherEducation,
  land,
  loans,
  mobileContacts,
  pensionContributions,
  pregnancy,
  preschool,
  realEstate,
  school,
  socialInsurance,
  taxIncome,
  utilities,
  vehicles,
];
const byId = new Map(MODULES.map((source) => [source.id, source]));

/** The source with this id; a delivery of a source the catalogue does not know is a bug. */
export function pipelineSourceOf(id: string): PipelineSource {
  const source = byId.get(id);
  if (!source) throw new Error(`the source catalogue has no source ${id}`);
  return source;
}

/**
 * The pipeline's source catalogue, in the generator's delivery order (the civil registry
 * first: integration is keyed on it). Every delivered source must have a module here.
 */
export const PIPELINE_SOURCES: readonly PipelineSource[] = SOURCES.map((source) =>
  pipelineSourceOf(source.id),
);
