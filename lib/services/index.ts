import { birth } from "./catalogue/birth";
import { breadwinner } from "./catalogue/breadwinner";
import { childDisabilityCare } from "./catalogue/child-disability-care";
import { childcare } from "./catalogue/childcare";
import { disability } from "./catalogue/disability";
import { housing } from "./catalogue/housing";
import { jobLoss } from "./catalogue/job-loss";
import { largeFamily } from "./catalogue/large-family";
import { maternity } from "./catalogue/maternity";
import { motherAward } from "./catalogue/mother-award";
import { sanatorium } from "./catalogue/sanatorium";
import { schoolMeals } from "./catalogue/school-meals";
import { targetedAssistance } from "./catalogue/targeted-assistance";
import type { Service } from "./types";

export type { Evidence, Locale, Message, Service, ServiceParam } from "./types";

/**
 * The proactive service catalogue: the nine services moved to proactive delivery first, then
 * the ones added since. Order is the order of the docs and of the eligibility stage.
 */
export const SERVICES: readonly Service[] = [
  maternity,
  childcare,
  jobLoss,
  breadwinner,
  childDisabilityCare,
  disability,
  largeFamily,
  motherAward,
  targetedAssistance,
  housing,
  schoolMeals,
  sanatorium,
  birth,
];

export const SERVICE_IDS = SERVICES.map((service) => service.id);

const byId = new Map(SERVICES.map((service) => [service.id, service]));

export class UnknownServiceError extends Error {
  override name = "UnknownServiceError";
}

/** The service of an id from outside (a form, a URL): unknown ids are refused by name. */
export function serviceOf(id: string): Service {
  const service = byId.get(id);
  if (!service) {
    throw new UnknownServiceError(`Unknown service "${id}"; known: ${SERVICE_IDS.join(", ")}`);
  }

  return service;
}
