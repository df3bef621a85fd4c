import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../test/postgres";
import type { Scope } from "../auth/scope";
import { openLake, type LakeClient } from "../clickhouse/client";
import { migrateLake } from "../clickhouse/migrate";
import { parseEnv } from "../env";
import { familyOutsideScope } from "./family-outside-scope";

const DAY = "2026-12-01";
const FAMILY = "0123456789abcdef01234567";
const BOSTANDYK: Scope = { level: "district", regionCode: "KZ-75", districtCode: "751410000" };
const MAKTAARAL: Scope = { level: "district", regionCode: "KZ-61", districtCode: "614400000" };
let folder: { dir: string; remove: () => void };
let lake: LakeClient;

beforeAll(async () => {
  folder = tempDir("portal-outside-");
  const env = parseEnv({ DATA_DIR: folder.dir, PSEUDONYM_KEY: "k".repeat(40) });
  lake = await openLake(env);
  await migrateLake(lake, { database: env.CLICKHOUSE_DATABASE });
  await lake.insert({
    table: "family_scores",
    values: [
      { snapshot_date: DAY, family_id: FAMILY, region_code: "KZ-75", district_kato: "751410000" },
    ],
    format: "JSONEachRow",
  });
}, 120_000);

afterAll(async () => {
  await lake.close();
  folder.remove();
});

const outside = (scope: Scope, familyId = FAMILY, snapshotDate = DAY) =>
  familyOutsideScope({ lake, scope, snapshotDate, familyId });

describe("a family outside the scope", () => {
  it("is found for a user of another district or region", async () => {
    expect(await outside(MAKTAARAL)).toBe(true);
    expect(await outside({ level: "region", regionCode: "KZ-61" })).toBe(true);
  });

  it("is not for a user whose scope holds it", async () => {
    expect(await outside(BOSTANDYK)).toBe(false);
    expect(await outside({ level: "region", regionCode: "KZ-75" })).toBe(false);
    expect(await outside({ level: "national" })).toBe(false);
  });

  it("is not for a family missing from the snapshot", async () => {
    expect(await outside(MAKTAARAL, "fedcba9876543210fedcba98")).toBe(false);
    expect(await outside(MAKTAARAL, FAMILY, "2026-11-30")).toBe(false);
  });
});
