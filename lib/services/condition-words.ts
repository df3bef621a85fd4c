import { baseValuesOf } from "../scoring/base-values";
import type { Evidence, Service, ServiceParam } from "./types";

/** A condition's words name a value the rule is not bound with: a fault in the catalogue. */
export class UnknownPlaceholderError extends Error {
  override name = "UnknownPlaceholderError";
}

const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });
const TENGE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const PLACEHOLDER = /\{(\w+)\}/g;

const paramWords = (param: ServiceParam) =>
  Array.isArray(param.value)
    ? param.value.map((n) => NUMBER.format(n)).join(" / ")
    : NUMBER.format(param.value);

/** The values every rule is bound with without declaring them (BASE_PARAMS), in words. */
function baseWords(snapshotDate: string): Record<string, string> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(snapshotDate)) {
    throw new RangeError(`A snapshot date is YYYY-MM-DD, not "${snapshotDate}"`);
  }
  const { pm, mrp } = baseValuesOf(snapshotDate);

  return {
    pm: `${TENGE.format(pm)} ₸`,
    mrp: `${TENGE.format(mrp)} ₸`,
    snapshot_date: snapshotDate,
  };
}

/**
 * What an evidence value must meet, in a worker's words, with the service's default parameters
 * and the base values of the snapshot's year put in: "at least 6 months with social
 * contributions". Null for a value that only sets the amount.
 */
export function conditionWords(
  service: Service,
  evidence: Evidence,
  snapshotDate: string,
): string | null {
  if (evidence.test === undefined) return null;

  const base = baseWords(snapshotDate);

  return evidence.test.replace(PLACEHOLDER, (_, name: string) => {
    const param = Object.hasOwn(service.params, name) ? service.params[name] : undefined;
    if (param) return paramWords(param);
    if (Object.hasOwn(base, name)) return base[name]!;

    throw new UnknownPlaceholderError(
      `${service.id}: evidence ${evidence.id} names {${name}}, not a parameter or a base value`,
    );
  });
}
