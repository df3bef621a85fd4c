import type { Indicator } from "../scoring/indicators";

/** An indicator's value as the card reads it, in its unit. */
export function formatValue(unit: Indicator["unit"], value: number | null): string {
  if (value === null) return "—";
  if (unit === "yes/no") return value >= 1 ? "yes" : "no";
  if (unit === "share") return `${Math.round(value * 100)} %`;
  if (unit === "× PM") return `${value.toFixed(2)} × PM`;
  if (unit === "m²") return `${value.toFixed(1)} m²`;
  if (unit === "tenge") return `${Math.round(value).toLocaleString("en")} ₸`;

  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

export function formatCutoff(unit: Indicator["unit"], cutoff: number): string {
  return unit === "yes/no" ? "yes" : formatValue(unit, cutoff);
}
