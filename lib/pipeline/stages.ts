import { cases } from "./cases";
import { dashboards } from "./dashboards";
import { depersonalise } from "./depersonalise";
import { eligibility } from "./eligibility";
import { indicators } from "./indicators";
import { integrate } from "./integrate";
import { land } from "./land";
import { publish } from "./publish";
import { score } from "./score";
import type { Stage } from "./stage";
import { validate } from "./validate";

/** The stages of the nightly sync, in the order they run: publish must stay last. */
export function syncStages(): Stage[] {
  return [
    land,
    validate,
    depersonalise,
    integrate,
    indicators,
    score,
    dashboards,
    eligibility,
    cases,
    publish,
  ];
}
