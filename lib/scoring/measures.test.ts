import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../test/postgres";
import { openLake, type LakeClient } from "../clickhouse/client";
import { migrateLake } from "../clickhouse/migrate";
import { parseEnv } from "../env";
import { defaultConfig } from "./config/default-config";
import { resolveConfig } from "./config/resolve-config";
import { add, compare, fraction, multiply, ZERO } from "./fraction";
import { INDICATORS } from "./indicators";
import { addSums, contributions, districtSums, exactMeasures, noSums } from "./measures";
import { classSql, poorSql, scoreParams, scoreUnitsSql } from "./sql/score-sql";

const DAY = "2026-02-01";
const hash = (salt: number) => `reinterpretAsUInt128(sipHash128(number, ${salt}))`;
const config = resolveConfig(defaultConfig());
let folder: { dir: string; remove: () => void };
let lake: LakeClient;

// Families with pseudo-random deprivations in three districts of two regions, scored by the
// portal's own SQL, so the measures are read back from a real family_scores partition.
async function scoredFamilies() {
  const units = scoreUnitsSql("c", "m", INDICATORS.length);
  await lake.command({
    query: `INSERT INTO family_scores
      SELECT {d:Date}, 1, hex(number), region, district, members, u, {c_den:UInt64},
        u / {c_den:UInt64}, ${poorSql("c", "u")}, ${classSql("c", "u")}, 0, m
      FROM (SELECT number, ['KZ-75', 'KZ-75', 'KZ-61'][number % 3 + 1] AS region,
          ['751410000', '751210000', '614400000'][number % 3 + 1] AS district,
          toUInt16(number % 6 + 1) AS members,
          bitAnd(bitAnd(${hash(0)}, ${hash(1)}), ${hash(2)}) AS m, ${units} AS u
        FROM numbers(3000))`,
    query_params: { ...scoreParams("c", config), d: DAY },
  });
}

beforeAll(async () => {
  folder = tempDir("portal-measures-");
  const env = parseEnv({ DATA_DIR: folder.dir, PSEUDONYM_KEY: "k".repeat(40) });
  lake = await openLake(env);
  await migrateLake(lake, { database: env.CLICKHOUSE_DATABASE });
  await scoredFamilies();
}, 60_000);

afterAll(async () => {
  await lake.close();
  folder.remove();
});

describe("measures of a scored snapshot", () => {
  it("finds some families poor and some not, so the checks below mean something", async () => {
    const national = (await districtSums(lake, DAY)).reduce((a, d) => addSums(a, d.sums), noSums());
    expect(national.families).toBe(3000n);
    expect(national.poor).toBeGreaterThan(0n);
    expect(national.poor).toBeLessThan(3000n);
  });

  it("reproduces the national M0 and H from the regions' by population share", async () => {
    const districts = await districtSums(lake, DAY);
    const national = districts.reduce((a, d) => addSums(a, d.sums), noSums());
    const regions = new Map<string, ReturnType<typeof noSums>>();
    for (const d of districts)
      regions.set(d.region, addSums(regions.get(d.region) ?? noSums(), d.sums));
    expect(regions.size).toBe(2);

    const whole = exactMeasures(national, config.denominator);
    let M0 = ZERO;
    let H = ZERO;
    let personsM0 = ZERO;
    for (const sums of regions.values()) {
      const part = exactMeasures(sums, config.denominator);
      const share = fraction(sums.families, national.families);
      const personsShare = fraction(sums.persons, national.persons);
      M0 = add(M0, multiply(share, part.M0));
      H = add(H, multiply(share, part.H));
      personsM0 = add(personsM0, multiply(personsShare, part.personsM0));
    }
    expect(compare(M0, whole.M0)).toBe(0);
    expect(compare(H, whole.H)).toBe(0);
    expect(compare(personsM0, whole.personsM0)).toBe(0);
  });

  it("gives contributions that sum to 1 and censored ratios never above uncensored", async () => {
    const national = (await districtSums(lake, DAY)).reduce((a, d) => addSums(a, d.sums), noSums());
    const { indicators, dimensions } = contributions(national, config);

    const total = dimensions.reduce((sum, d) => sum + d.contribution, 0);
    expect(total).toBeCloseTo(1, 12);
    for (const indicator of indicators) {
      expect(indicator.censored).toBeLessThanOrEqual(indicator.uncensored);
    }
  });
});
