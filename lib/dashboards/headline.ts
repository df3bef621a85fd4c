import { CLASSES, type WellBeingClass } from "../scoring/config/classes";
import { toNumber } from "../scoring/fraction";
import { exactMeasures } from "../scoring/measures";
import type { AreaSums } from "./area-sums";

/** An area's headline figures: counts, and H, A and M0 weighted by persons and by families. */
export type Headline = {
  families: number;
  persons: number;
  personsH: number;
  personsA: number | null;
  personsM0: number;
  H: number;
  A: number | null;
  M0: number;
  byClass: Record<WellBeingClass, { families: number; persons: number }>;
  /** Share of families in classes D and E. */
  crisisShare: number;
};

const num = (f: Parameters<typeof toNumber>[0] | null) => (f === null ? null : toNumber(f));

export function headline(sums: AreaSums): Headline {
  const m = exactMeasures(sums, sums.denominator);
  const byClass = Object.fromEntries(
    CLASSES.map((name) => [
      name,
      {
        families: Number(sums.byClass[name].families),
        persons: Number(sums.byClass[name].persons),
      },
    ]),
  ) as Headline["byClass"];
  const families = Number(sums.families);
  return {
    families,
    persons: Number(sums.persons),
    personsH: toNumber(m.personsH),
    personsA: num(m.personsA),
    personsM0: toNumber(m.personsM0),
    H: toNumber(m.H),
    A: num(m.A),
    M0: toNumber(m.M0),
    byClass,
    crisisShare: families === 0 ? 0 : (byClass.D.families + byClass.E.families) / families,
  };
}
