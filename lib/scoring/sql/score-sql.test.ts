import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../../test/postgres";
import { openLake, type LakeClient } from "../../clickhouse/client";
import { parseEnv } from "../../env";
import { BANDED_CLASSES, type WellBeingClass } from "../config/classes";
import { defaultConfig } from "../config/default-config";
import { resolveConfig, type ResolvedConfig } from "../config/resolve-config";
import type { Fraction } from "../fraction";
import { INDICATORS } from "../indicators";
import { byteTables, classSql, poorSql, scoreParams, scoreUnitsSql } from "./score-sql";

describe("byteTables", () => {
  // Slot i weighs i + 1 units; ten slots make two tables, the second using two bits of eight.
  const units = Array.from({ length: 10 }, (_, slot) => BigInt(slot + 1));
  const tables = byteTables(units);

  it("has one table of 256 entries per byte of the mask", () => {
    expect(tables.map((table) => table.length)).toEqual([256, 256]);
  });

  it("gives each byte value the sum of the units of its set bits at slots 8b..8b+7", () => {
    expect(tables[0]?.[0]).toBe(0);
    expect(tables[0]?.[0b1]).toBe(1);
    expect(tables[0]?.[0b1010_0101]).toBe(1 + 3 + 6 + 8);
    expect(tables[0]?.[0xff]).toBe(36);
    expect(tables[1]?.[0b01]).toBe(9);
    expect(tables[1]?.[0b11]).toBe(9 + 10);
    // Bits past the last slot weigh nothing.
    expect(tables[1]?.[0xff]).toBe(19);
  });

  it("adds, for every entry, its lowest set bit's units to the entry without that bit", () => {
    for (const [byte, table] of tables.entries()) {
      for (let value = 1; value < 256; value++) {
        const lowest = Math.log2(value & -value);
        const rest = table[value & (value - 1)] ?? Number.NaN;
        expect(table[value]).toBe(rest + Number(units[byte * 8 + lowest] ?? 0n));
      }
    }
  });
});

/**
 * Weights of 1/18 on slots 0-5 and 1/6 on four slots spread over the mask's bytes, up to the
 * last, so a score is a whole number of 1/18 units: k = 1/3 is 6 units and the bands B, C, D
 * and E are 2, 4, 9 and 15 units.
 */
const LIGHT = [0, 1, 2, 3, 4, 5];
const HEAVY = [89, 88, 40, 8];
const BAND_UNITS: Record<Exclude<WellBeingClass, "A">, number> = { B: 2, C: 4, D: 9, E: 15 };

function eighteenths(k: string): ResolvedConfig {
  const weights = Object.fromEntries(INDICATORS.map((indicator) => [indicator.id, "0"]));
  for (const slot of LIGHT) weights[INDICATORS[slot]!.id] = "1/18";
  for (const slot of HEAVY) weights[INDICATORS[slot]!.id] = "1/6";

  return resolveConfig({
    ...defaultConfig(),
    weights,
    k,
    bands: { B: "1/9", C: "2/9", D: "1/2", E: "5/6" },
  });
}

const maskOf = (slots: number[]) => slots.reduce((mask, slot) => mask | (1n << BigInt(slot)), 0n);

/** A mask scoring `units` eighteenths: heavy slots (3 units) first, then light ones (1 unit). */
function maskScoring(units: number): bigint {
  const heavy = Math.min(HEAVY.length, Math.floor(units / 3));
  const light = units - 3 * heavy;
  if (light > LIGHT.length) throw new Error(`no mask scores ${units} units`);

  return maskOf([...HEAVY.slice(0, heavy), ...LIGHT.slice(0, light)]);
}

let seed = 12345n;

/** A pseudo-random mask over every slot, from a 64-bit linear congruential generator. */
function random(): bigint {
  let mask = 0n;
  for (let part = 0; part < 2; part++) {
    seed = (seed * 6364136223846793005n + 1442695040888963407n) % 2n ** 64n;
    mask = (mask << 48n) | (seed >> 16n);
  }

  return mask % 2n ** BigInt(INDICATORS.length);
}

type Scored = { units: string; poor: number; class: WellBeingClass };

let lake: LakeClient;
let folder: { dir: string; remove: () => void };

beforeAll(async () => {
  folder = tempDir("portal-score-sql-");
  lake = await openLake(parseEnv({ DATA_DIR: folder.dir, PSEUDONYM_KEY: "k".repeat(40) }));
});
afterAll(async () => {
  await lake.close();
  folder.remove();
});

/** The units, poverty and class of one mask under `config`, computed by the engine. */
async function scoreInLake(config: ResolvedConfig, mask: bigint): Promise<Scored> {
  const units = scoreUnitsSql("s", "m", INDICATORS.length);
  const result = await lake.query({
    query: `SELECT toString(u) AS units, ${poorSql("s", "u")} AS poor,
        ${classSql("s", "u")} AS class
      FROM (SELECT ${units} AS u FROM (SELECT toUInt128({mask:String}) AS m))`,
    query_params: { ...scoreParams("s", config), mask: mask.toString() },
    format: "JSONEachRow",
  });
  const [row] = await result.json<Scored>();
  if (!row) throw new Error("the score query returned no row");

  return row;
}

describe("the score SQL on the embedded engine", () => {
  const config = eighteenths("1/3");

  it("works on a common denominator of 18", () => {
    expect(config.denominator).toBe(18n);
  });

  it("scores a mask as the exact sum of its indicators' units, across all bytes", async () => {
    expect((await scoreInLake(config, 0n)).units).toBe("0");
    expect((await scoreInLake(config, maskOf([89]))).units).toBe("3");
    expect((await scoreInLake(config, maskOf([...LIGHT, ...HEAVY]))).units).toBe("18");
    // Bits of indicators weighing 0 add nothing.
    expect((await scoreInLake(config, maskOf([6, 7, 50, 87]))).units).toBe("0");
  });

  it("finds a family poor when its score equals k exactly, and not one unit below", async () => {
    const atK = await scoreInLake(config, maskScoring(6));
    const below = await scoreInLake(config, maskScoring(5));

    expect(atK).toMatchObject({ units: "6", poor: 1 });
    expect(below).toMatchObject({ units: "5", poor: 0 });
  });

  it("compares a k off the unit grid exactly: at 1/4 (4.5 units) 5 is poor, 4 not", async () => {
    const quarter = eighteenths("1/4");

    expect((await scoreInLake(quarter, maskScoring(5))).poor).toBe(1);
    expect((await scoreInLake(quarter, maskScoring(4))).poor).toBe(0);
  });

  it.each(BANDED_CLASSES)(
    "puts a score exactly at band %s in that class, and one unit below in the class under it",
    async (name) => {
      const previous = { B: "A", C: "B", D: "C", E: "D" } as const;
      const atBand = await scoreInLake(config, maskScoring(BAND_UNITS[name]));
      const below = await scoreInLake(config, maskScoring(BAND_UNITS[name] - 1));

      expect(atBand.class).toBe(name);
      expect(below.class).toBe(previous[name]);
    },
  );

  it("agrees with the exact score in TypeScript for the default configuration", async () => {
    const defaults = resolveConfig(defaultConfig());
    const seen = new Set<string>();
    for (let i = 0; i < 24; i++) {
      // Masks of about 1/2, 1/4, 1/8 and 1/16 of the slots, to reach every class.
      let mask = random();
      for (let and = 0; and < i % 4; and++) mask &= random();
      const expected = defaults.unitsBySlot.reduce(
        (total, units, slot) => ((mask >> BigInt(slot)) & 1n ? total + units : total),
        0n,
      );
      const reaches = ({ num, den }: Fraction) => expected * den >= num * defaults.denominator;
      const reached = BANDED_CLASSES.filter((name) => reaches(defaults.bands[name]));

      expect(await scoreInLake(defaults, mask)).toEqual({
        units: expected.toString(),
        poor: reaches(defaults.k) ? 1 : 0,
        class: reached.at(-1) ?? "A",
      });
      seen.add(reached.at(-1) ?? "A");
    }

    expect(seen.size).toBeGreaterThanOrEqual(4);
  });
});
