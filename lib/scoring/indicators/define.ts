import type { LocalisedName } from "../../geo/types";
import type { IndicatorInput } from "./types";

type YesNo = {
  level: "person" | "family";
  description: LocalisedName;
  appliesTo?: string;
  sources: readonly string[];
};

/** A yes/no indicator: 1 when `holds` is true, deprived when it is not. */
export function yesNo(id: string, holds: string, spec: YesNo): IndicatorInput {
  return { id, ...spec, value: `toFloat64(${holds})`, cutoff: 1, unit: "yes/no" };
}

/** A share of the family's members for whom `holds` is true, among those it applies to. */
export function share(count: string, of: string): string {
  return `if(${of} = 0, NULL, (${count}) / (${of}))`;
}
