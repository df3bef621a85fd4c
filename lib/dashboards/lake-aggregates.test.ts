import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPostgres, tempDir, type TestPostgres } from "../../test/postgres";
import { openLake, type LakeClient } from "../clickhouse/client";
import { migrateLake } from "../clickhouse/migrate";
import { closeDb, getDb } from "../db/client";
import { migratePostgres } from "../db/migrate";
import { parseEnv, type Env } from "../env";
import { localContext } from "../pipeline/local-context";
import { syncStages } from "../pipeline/stages";
import { generate } from "../registries/generate";
import { parseCli } from "../registries/run/options";
import { CLASSES } from "../scoring/config/classes";
import { INDICATORS } from "../scoring/indicators";
import { snapshotMeasures } from "../scoring/snapshot-measures";
import { resolveArea, type Area } from "./area";
import { areaSums } from "./area-sums";
import { classMovement } from "./class-movement";
import { forgetTransitions, hasTransitions } from "./class-transitions";
import { drivers } from "./drivers";
import { headline } from "./headline";

const DAY_1 = "2026-05-04";
const DAY_2 = "2026-05-05";
const NATION = { level: "national" } as const;

let folder: { dir: string; remove: () => void };
let postgres: TestPostgres;
let env: Env;
let lake: LakeClient;

type Family = {
  family_id: string;
  region_code: string;
  class: string;
  members: number;
  poor: boolean;
  score_units: string;
  denominator: string;
  deprivations: string;
};

async function families(date: string): Promise<Family[]> {
  const result = await lake.query({
    query: `SELECT family_id, region_code, class, members, poor, toString(score_units) AS
      score_units, toString(denominator) AS denominator, toString(deprivations) AS deprivations
      FROM family_scores WHERE snapshot_date = {d:Date}`,
    query_params: { d: date },
    format: "JSONEachRow",
  });
  return result.json<Family>();
}

beforeAll(async () => {
  folder = tempDir("portal-dashboards-");
  postgres = await startTestPostgres();
  process.env.PORTAL_DATABASE_URL = postgres.url;
  await migratePostgres(postgres.url);
  env = parseEnv({ DATA_DIR: folder.dir, PSEUDONYM_KEY: "d".repeat(40) });
  lake = await openLake(env);
  await migrateLake(lake, { database: env.CLICKHOUSE_DATABASE });
  for (const [index, date] of [DAY_1, DAY_2].entries()) {
    const cli = parseCli(["--families", "900", "--date", date, "--seed", "5"]);
    await generate({ ...cli, dataDir: folder.dir, databaseUrl: postgres.url });
    const context = localContext({ runId: `run-${index}`, snapshotDate: date, env, lake });
    for (const stage of syncStages()) await stage.run(context);
  }
}, 240_000);

afterAll(async () => {
  await lake.close();
  await closeDb();
  await postgres.stop();
  folder.remove();
});

describe("the district summary", () => {
  it("adds up to the families' own scores, nationally and in a region", async () => {
    const rows = await families(DAY_2);
    const region = rows.find((row) => row.region_code !== "")!.region_code;
    const areas: [Area, Family[]][] = [
      [NATION, rows],
      [{ level: "region", regionCode: region }, rows.filter((r) => r.region_code === region)],
    ];
    for (const [area, own] of areas) {
      const [dated] = await areaSums(lake, { level: "national" }, area, [DAY_2], false);
      const figures = headline(dated!.total);
      const persons = own.reduce((sum, r) => sum + r.members, 0);
      const poorPersons = own.reduce((sum, r) => sum + (r.poor ? r.members : 0), 0);
      const personUnits = own.reduce(
        (sum, r) =>
          sum + (r.poor ? (Number(r.score_units) * r.members) / Number(r.denominator) : 0),
        0,
      );
      expect(figures.families).toBe(own.length);
      expect(figures.persons).toBe(persons);
      for (const name of CLASSES) {
        expect(figures.byClass[name].families).toBe(own.filter((r) => r.class === name).length);
      }
      expect(figures.personsH).toBeCloseTo(poorPersons / persons, 12);
      expect(figures.personsM0).toBeCloseTo(personUnits / persons, 12);
      expect(figures.H).toBeCloseTo(own.filter((r) => r.poor).length / own.length, 12);
    }
  });

  it("gives the contributions the family-level measures give", async () => {
    const fromFamilies = await snapshotMeasures(lake, getDb(), DAY_2);
    const fromSummary = await drivers(lake, getDb(), { level: "national" }, NATION, DAY_2);
    expect(fromSummary?.version).toBe(fromFamilies?.version);
    expect(fromSummary?.families.dimensions).toEqual(fromFamilies?.dimensions);
    expect(fromSummary?.families.indicators).toEqual(fromFamilies?.indicators);

    // Persons-weighted censored headcount of one indicator, recomputed from the families.
    const rows = await families(DAY_2);
    const persons = rows.reduce((sum, r) => sum + r.members, 0);
    const slot = fromSummary!.persons.indicators.findIndex((i) => i.censored > 0);
    const deprived = rows
      .filter((r) => r.poor && (BigInt(r.deprivations) >> BigInt(slot)) & 1n)
      .reduce((sum, r) => sum + r.members, 0);
    expect(fromSummary!.persons.indicators[slot]!.censored).toBeCloseTo(deprived / persons, 12);
  });

  it("reads nothing outside the user's scope, whatever area is asked for", async () => {
    const scope = { level: "region", regionCode: "KZ-75" } as const;
    expect(resolveArea(scope, "KZ-61")).toBeNull();
    expect(resolveArea(scope, undefined, "611010000")).toBeNull();
    expect(resolveArea(scope, "KZ-75")).toEqual({ level: "region", regionCode: "KZ-75" });
    const [dated] = await areaSums(
      lake,
      scope,
      { level: "region", regionCode: "KZ-61" },
      [DAY_2],
      true,
    );
    expect(dated).toBeUndefined();
  });
});

describe("the views for Superset", () => {
  it("give a region's measures as the dashboards do, with small counts left out", async () => {
    const scope = { level: "national" } as const;
    const [dated] = await areaSums(lake, scope, { level: "national" }, [DAY_2], true);
    for (const [region, sums] of dated!.children) {
      const figures = headline(sums);
      const result = await lake.query({
        query: `SELECT family_count, families_d, h_persons, m0_persons FROM v_region_measures
                WHERE snapshot_date = {d:Date} AND region_code = {r:String}`,
        query_params: { d: DAY_2, r: region },
        format: "JSONEachRow",
      });
      const [row] = await result.json<Record<string, number | string | null>>();
      const small = (n: number) => (n < 10 ? null : n);
      expect(row?.family_count === null ? null : Number(row?.family_count)).toBe(
        small(figures.families),
      );
      expect(row?.families_d === null ? null : Number(row?.families_d)).toBe(
        small(figures.byClass.D.families),
      );
      expect(Number(row?.h_persons)).toBeCloseTo(figures.personsH, 12);
      expect(Number(row?.m0_persons)).toBeCloseTo(figures.personsM0, 12);
    }
    const national = await lake.query({
      query: "SELECT m0_persons FROM v_national_measures WHERE snapshot_date = {d:Date}",
      query_params: { d: DAY_2 },
      format: "JSONEachRow",
    });
    const [row] = await national.json<{ m0_persons: number }>();
    expect(Number(row?.m0_persons)).toBeCloseTo(headline(dated!.total).personsM0, 12);
  });
});

describe("the other views", () => {
  it("answer for the snapshot, one row per district and indicator", async () => {
    const count = async (query: string) => {
      const result = await lake.query({ query, query_params: { d: DAY_2 }, format: "JSONEachRow" });
      const [row] = await result.json<{ n: string }>();
      return Number(row?.n);
    };
    const districts = await count(
      "SELECT count() AS n FROM v_district_measures WHERE snapshot_date = {d:Date}",
    );
    expect(districts).toBeGreaterThan(100);
    const indicators = await count(
      "SELECT count() AS n FROM v_indicator_headcounts WHERE snapshot_date = {d:Date}",
    );
    expect(indicators).toBe(districts * INDICATORS.length);
    const moved = await count(
      "SELECT ifNull(sum(family_count), 0) AS n FROM v_class_transitions " +
        "WHERE snapshot_date = {d:Date}",
    );
    expect(moved).toBeGreaterThan(0);
  });
});

describe("class movement", () => {
  it("sums to the families present in both snapshots, cell by cell", async () => {
    const before = new Map((await families(DAY_1)).map((row) => [row.family_id, row.class]));
    const expected: Record<string, number> = {};
    let both = 0;
    for (const row of await families(DAY_2)) {
      const from = before.get(row.family_id);
      if (!from) continue;
      both++;
      expected[`${from}${row.class}`] = (expected[`${from}${row.class}`] ?? 0) + 1;
    }
    const movement = await classMovement(lake, { level: "national" }, NATION, DAY_1, DAY_2);
    const cells = Object.values(movement.matrix).flatMap((row) => Object.values(row));
    expect(cells.reduce((sum, n) => sum + n, 0)).toBe(both);
    expect(movement.total.inBoth).toBe(both);
    for (const from of CLASSES) {
      for (const to of CLASSES)
        expect(movement.matrix[from][to]).toBe(expected[`${from}${to}`] ?? 0);
    }
    const children = movement.children.reduce((sum, child) => sum + child.inBoth, 0);
    expect(children).toBe(both);
  });

  it("is written by the sync for the previous snapshot, and again on demand", async () => {
    expect(await hasTransitions(lake, DAY_1, DAY_2)).toBe(true);
    const written = await classMovement(lake, { level: "national" }, NATION, DAY_1, DAY_2);
    await forgetTransitions(lake, DAY_2, null);
    expect(await hasTransitions(lake, DAY_1, DAY_2)).toBe(false);
    const again = await classMovement(lake, { level: "national" }, NATION, DAY_1, DAY_2);
    expect(again).toEqual(written);
  });
});
