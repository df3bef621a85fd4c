import { depersonalise } from "./depersonalise";
import { integrate } from "./integrate";
import { land } from "./land";
import { publish } from "./publish";
import type { Stage } from "./stage";
import { validate } from "./validate";

/**
 * The stages of the nightly sync, in the order they run. Later stages (scores, eligibility,
 * cases) go between integrate and publish: publish must stay last.
 */
export function syncStages(): Stage[] {
  return [land, validate, depersonalise, integrate, publish];
}
