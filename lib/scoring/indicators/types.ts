import type { LocalisedName } from "../../geo/types";
import type { Dimension } from "../dimensions";

/**
 * One indicator of the Family Card. Its value is an achievement (higher is better) and the
 * family is deprived when the value is strictly below the cutoff, as in Alkire-Foster.
 *
 * - A family-level indicator's `value` is ClickHouse SQL over the family's facts
 *   (lib/scoring/facts/family-facts.ts).
 * - A person-level indicator's `value` is SQL over one member's facts
 *   (lib/scoring/facts/member-facts.ts), for the members it `appliesTo`; the family's value is
 *   its worst member's, so one deprived member makes the family deprived.
 *
 * A family the indicator does not apply to (no school-age child for school attendance) is not
 * deprived by definition. A value that is unknown (NULL, or a source without a delivery for
 * the snapshot) is "missing" and counts as deprived: see docs/indicators.md.
 */
export type Indicator = {
  id: string;
  /** Fixed position in the lake's value array and deprivation mask; never reused. */
  slot: number;
  dimension: Dimension;
  level: "person" | "family";
  description: LocalisedName;
  /** SQL condition for the members (person level) or families the indicator applies to. */
  appliesTo?: string;
  value: string;
  cutoff: number;
  /** How the value reads on the card: a yes/no, a number, a share or a ratio to a base. */
  unit: "yes/no" | "count" | "share" | "m²" | "tenge" | "× PM" | "months" | "years";
  /** Sources the value is computed from; without their delivery the value is missing. */
  sources: readonly string[];
};

export type IndicatorInput = Omit<Indicator, "slot" | "dimension">;
