import { SERVICES } from "./index";
import { parseOverrides, ServiceParamError, type ParamOverrides } from "./params";
import type { Service, ServiceParam } from "./types";

/** A parameter as the dry-run form shows it: its default as text, and what it means. */
export type ParamField = {
  name: string;
  type: ServiceParam["type"];
  description: string;
  defaultText: string;
};

/** A service as the dry-run form offers it. */
export type ServiceChoice = {
  id: string;
  name: string;
  subject: Service["subject"];
  params: ParamField[];
};

export type FormOverrides =
  { ok: true; overrides: ParamOverrides } | { ok: false; errors: Record<string, string> };

const UINT32_MAX = 4_294_967_295;
const DECIMAL = /^\d+([.,]\d+)?$/;
const LIST_SEPARATOR = /\s*[/;]\s*|\s+/;

const textOf = (param: ServiceParam) =>
  Array.isArray(param.value) ? param.value.join(" / ") : String(param.value);

export function serviceChoices(): ServiceChoice[] {
  return SERVICES.map((service) => ({
    id: service.id,
    name: service.name.en,
    subject: service.subject,
    params: Object.entries(service.params).map(([name, param]) => ({
      name,
      type: param.type,
      description: param.description,
      defaultText: textOf(param),
    })),
  }));
}

const decimal = (text: string) => (DECIMAL.test(text) ? Number(text.replace(",", ".")) : null);

/** One field's text as the parameter's value, or the error to show beside the field. */
function valueOf(param: ServiceParam, text: string): number | number[] | string {
  if (param.type === "Array(Float64)") {
    const values = text.split(LIST_SEPARATOR).map(decimal);
    const count = param.value.length;
    if (values.length !== count || values.some((v) => v === null)) {
      return `write ${count} numbers of 0 or more separated by /, such as ${textOf(param)}`;
    }
    return values as number[];
  }
  if (param.type === "UInt32") {
    const value = /^\d+$/.test(text) ? Number(text) : null;
    if (value === null || value > UINT32_MAX) return "write a whole number of 0 or more";
    return value;
  }

  return decimal(text) ?? "write a number of 0 or more, such as 4 or 0.35";
}

/**
 * The analyst's changes from the dry-run form: each filled field read by its parameter's
 * type; an empty field keeps the default. Errors are by field, in words; the result is
 * checked once more by the service's own parameter rules.
 */
export function overridesFromForm(service: Service, fields: Record<string, string>): FormOverrides {
  const overrides: ParamOverrides = {};
  const errors: Record<string, string> = {};
  for (const [name, raw] of Object.entries(fields)) {
    const text = raw.trim();
    const param = service.params[name];
    if (!param) errors[name] = `${service.id} has no parameter "${name}"`;
    if (!param || text === "") continue;

    const value = valueOf(param, text);
    if (typeof value === "string") errors[name] = `${param.description}: ${value}`;
    else overrides[name] = value;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  try {
    return { ok: true, overrides: parseOverrides(service, overrides) };
  } catch (error) {
    if (error instanceof ServiceParamError) return { ok: false, errors: { "": error.message } };
    throw error;
  }
}
