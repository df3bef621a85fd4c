import { BANDED_CLASSES } from "../config/classes";
import type { ResolvedConfig } from "../config/resolve-config";

const BYTE_VALUES = 256;

/**
 * Per byte of the deprivation mask, the score units of each of its 256 values (below 2^32, so
 * exact as numbers): a family's score
 * is then one lookup per byte instead of one test per indicator. All integers, so the sum is
 * the exact score in units of 1/denominator.
 */
export function byteTables(unitsBySlot: readonly bigint[]): number[][] {
  const bytes = Math.ceil(unitsBySlot.length / 8);
  return Array.from({ length: bytes }, (_, byte) =>
    Array.from({ length: BYTE_VALUES }, (_, value) => {
      let units = 0n;
      for (let bit = 0; bit < 8; bit++) {
        if (value & (1 << bit)) units += unitsBySlot[byte * 8 + bit] ?? 0n;
      }
      return Number(units);
    }),
  );
}

/** Query parameters for one configuration, each name prefixed so two can share a query. */
export function scoreParams(prefix: string, config: ResolvedConfig): Record<string, unknown> {
  const params: Record<string, unknown> = {
    [`${prefix}_den`]: config.denominator.toString(),
    [`${prefix}_k_num`]: config.k.num.toString(),
    [`${prefix}_k_den`]: config.k.den.toString(),
  };
  byteTables(config.unitsBySlot).forEach((table, byte) => {
    params[`${prefix}_t${byte}`] = table;
  });
  for (const name of BANDED_CLASSES) {
    params[`${prefix}_${name}_num`] = config.bands[name].num.toString();
    params[`${prefix}_${name}_den`] = config.bands[name].den.toString();
  }
  return params;
}

/** The exact score in units: a sum of one lookup per byte of `mask` (a UInt128 column). */
export function scoreUnitsSql(prefix: string, mask: string, slots: number): string {
  const bytes = Math.ceil(slots / 8);
  return Array.from({ length: bytes }, (_, byte) => {
    const value = `toUInt16(bitAnd(bitShiftRight(${mask}, ${byte * 8}), 255))`;
    return `arrayElement({${prefix}_t${byte}:Array(UInt64)}, ${value} + 1)`;
  }).join(" + ");
}

/** score ≥ fraction, in integers: units × den ≥ num × denominator. */
const atLeast = (prefix: string, units: string, name: string) => {
  const [num, den] = [`{${prefix}_${name}_num:UInt64}`, `{${prefix}_${name}_den:UInt64}`];
  return `${units} * ${den} >= ${num} * {${prefix}_den:UInt64}`;
};

export function poorSql(prefix: string, units: string): string {
  return atLeast(prefix, units, "k");
}

/** The class of a score: the highest band it reaches, A below band B. */
export function classSql(prefix: string, units: string): string {
  const bands = [...BANDED_CLASSES].reverse();
  const tests = bands.map((name) => `${atLeast(prefix, units, name)}, '${name}'`);
  return `multiIf(${tests.join(", ")}, 'A')`;
}
