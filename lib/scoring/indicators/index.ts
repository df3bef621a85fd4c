import type { Dimension } from "../dimensions";
import { EDUCATION } from "./education";
import { HEALTH } from "./health";
import { HOUSING } from "./housing";
import { INCOME } from "./income";
import { SOCIAL } from "./social";
import type { Indicator, IndicatorInput } from "./types";

export type { Indicator } from "./types";

const BY_DIMENSION: Record<Dimension, IndicatorInput[]> = {
  income: INCOME,
  health: HEALTH,
  housing: HOUSING,
  social: SOCIAL,
  education: EDUCATION,
};

/**
 * Every indicator, with its slot: its position in the lake's value array and deprivation
 * masks. Slots follow this order; the indicators stage writes the catalogue of each snapshot
 * beside it, so a card of an older snapshot reads its slots from there.
 */
export const INDICATORS: readonly Indicator[] = Object.entries(BY_DIMENSION)
  .flatMap(([dimension, list]) =>
    list.map((input) => ({ ...input, dimension: dimension as Dimension })),
  )
  .map((indicator, slot) => ({ ...indicator, slot }));

const BY_ID = new Map(INDICATORS.map((indicator) => [indicator.id, indicator]));

export function indicatorOf(id: string): Indicator | undefined {
  return BY_ID.get(id);
}
