import { z } from "zod";
import { baseValuesOf } from "../scoring/base-values";
import type { Service, ServiceParam } from "./types";

export type ParamOverrides = Record<string, number | number[]>;

export class ServiceParamError extends Error {
  override name = "ServiceParamError";
}

const valueSchema = (param: ServiceParam) => {
  if (param.type === "Array(Float64)") {
    return z.array(z.number().finite().nonnegative()).length(param.value.length);
  }
  if (param.type === "UInt32") return z.number().int().nonnegative().max(4_294_967_295);

  return z.number().finite().nonnegative();
};

/**
 * An analyst's changes to a service's parameters, checked against the service: only its own
 * parameters, each a number (or a list of the same length) of the parameter's type.
 */
export function parseOverrides(service: Service, input: unknown): ParamOverrides {
  const shape = Object.fromEntries(
    Object.entries(service.params).map(([name, param]) => [name, valueSchema(param).optional()]),
  );
  const parsed = z.strictObject(shape).safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") || "parameters";
    throw new ServiceParamError(`${service.id}: ${where}: ${issue?.message ?? "invalid"}`);
  }

  return Object.fromEntries(
    Object.entries(parsed.data).filter(([, value]) => value !== undefined),
  ) as ParamOverrides;
}

/**
 * The query parameters of a service's rule for one snapshot: its own thresholds and amounts
 * (with any overrides), the snapshot's subsistence minimum `pm` and calculation index `mrp`.
 */
export function ruleParams(
  service: Service,
  snapshotDate: string,
  overrides: ParamOverrides = {},
): Record<string, unknown> {
  const own = Object.fromEntries(
    Object.entries(service.params).map(([name, param]) => [name, overrides[name] ?? param.value]),
  );
  const { pm, mrp } = baseValuesOf(snapshotDate);

  return { ...own, pm, mrp, snapshot_date: snapshotDate, service_id: service.id };
}

/** Parameters every rule may use without declaring them, with their types. */
export const BASE_PARAMS: Record<string, string> = {
  pm: "Float64",
  mrp: "Float64",
  snapshot_date: "Date",
  service_id: "String",
};
