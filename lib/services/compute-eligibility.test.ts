import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LakeClient } from "../clickhouse/client";
import { eligibility } from "../pipeline/eligibility";
import type { StageContext } from "../pipeline/stage";
import { computeEligibility } from "./compute-eligibility";
import { dryRun } from "./dry-run";
import { eligibleSubjects, newCandidates } from "./eligible-subjects";
import { SERVICES, UnknownServiceError } from "./index";
import { ServiceParamError } from "./params";
import { bornYearsAgo, LakeRows, openTestLake, shift, type Place } from "./testing/lake-rows";

const DAY = "2026-03-10";
const NO_DISABILITY_DAY = "2026-03-11";
const PLACES: Place[] = [
  { region: "KZ-10", district: "101800000" },
  { region: "KZ-10", district: "101000000" },
  { region: "KZ-11", district: "111000000" },
];
let lake: LakeClient;
let close: () => Promise<void>;

/**
 * Thirty families over two regions: large families (every third already paid), adults with
 * a disability (every fourth paid) and children with one.
 */
function country(day: string): LakeRows {
  const rows = new LakeRows(day);
  for (let i = 0; i < 30; i++) {
    const id = `fam-${String(i).padStart(2, "0")}`;
    const place = PLACES[i % PLACES.length]!;
    const children = Array.from({ length: 2 + (i % 4) }, (_, c) => ({
      id: `${id}-c${c}`,
      birth: bornYearsAgo(day, 3 + c),
    }));
    rows.family(id, [{ id, birth: bornYearsAgo(day, 40) }, ...children], place);
    for (const child of children) rows.birth(id, child.id, child.birth);
    if (i % 3 === 0) rows.benefit(id, "LARGE_FAMILY", shift(day, -300));
    if (i % 2 === 0) {
      const group = String(1 + (i % 3));
      rows.add("src_disability", { person_id: id, disability_group: group, assessed_on: day });
    }
    if (i % 4 === 0) rows.benefit(id, "DISABILITY", shift(day, -300));
    if (i % 5 === 0) {
      const child = children[1]!.id;
      rows.add("src_disability", { person_id: child, disability_group: "ребенок-инвалид" });
    }
  }

  return rows;
}

async function query<T>(sql: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const result = await lake.query({ query: sql, query_params: params, format: "JSONEachRow" });
  return result.json<T>();
}

const fingerprint = async (day: string) =>
  query<{ rows: string; hash: string }>(
    `SELECT toString(count()) AS rows,
      toString(groupBitXor(cityHash64(service_id, subject_id, person_id, family_id,
        region_code, district_kato, amount, evidence, already_receives))) AS hash
    FROM eligibility WHERE snapshot_date = {day:Date}`,
    { day },
  );

const context = (snapshotDate: string) =>
  ({ lake, snapshotDate, progress: async () => {} }) as unknown as StageContext;

beforeAll(async () => {
  ({ lake, close } = await openTestLake("portal-services-stage-"));
  await country(DAY).write(lake);
  await country(NO_DISABILITY_DAY).write(lake, ["disability"]);
}, 120_000);

afterAll(async () => close());

describe("the eligibility stage", () => {
  it("reports per service who is entitled, already receiving and new", async () => {
    const outcome = await eligibility.run(context(DAY));
    const large = outcome.counts["large-family"];

    // Families of 4 or 5 children: i % 4 is 2 or 3, 14 of 30; 5 of them already paid.
    expect(large).toEqual({ entitled: 14, already_receiving: 5, new: 9 });
    expect(outcome.counts.disability).toEqual({ entitled: 21, already_receiving: 8, new: 13 });
    expect(outcome.counts.services_skipped_for_missing_sources).toBe(0);
  });

  it("leaves the same rows and no duplicates when rerun", async () => {
    await computeEligibility(lake, DAY);
    const first = await fingerprint(DAY);
    await computeEligibility(lake, DAY);
    const [duplicates] = await query<{ n: number }>(
      `SELECT toUInt32(count()) AS n FROM (SELECT service_id, subject_id FROM eligibility
        WHERE snapshot_date = {day:Date} GROUP BY service_id, subject_id HAVING count() > 1)`,
      { day: DAY },
    );

    expect(await fingerprint(DAY)).toEqual(first);
    expect(first[0]?.rows).not.toBe("0");
    expect(duplicates?.n).toBe(0);
  });

  it("drops a subject who stopped qualifying when the snapshot is computed again", async () => {
    await lake.command({
      query: `ALTER TABLE src_benefits_paid DELETE WHERE person_id = 'fam-00'
        AND snapshot_date = {day:Date} SETTINGS mutations_sync = 2`,
      query_params: { day: DAY },
    });
    await lake.command({
      query: `ALTER TABLE src_disability DELETE WHERE person_id = 'fam-02'
        AND snapshot_date = {day:Date} SETTINGS mutations_sync = 2`,
      query_params: { day: DAY },
    });
    await computeEligibility(lake, DAY);
    const rows = await query<{ subject_id: string; already_receives: boolean }>(
      `SELECT subject_id, already_receives FROM eligibility
        WHERE snapshot_date = {day:Date} AND service_id = 'disability'`,
      { day: DAY },
    );

    expect(rows.map((r) => r.subject_id)).not.toContain("fam-02");
    expect(rows.find((r) => r.subject_id === "fam-00")?.already_receives).toBe(false);
  });

  it("skips the services whose source the snapshot lacks, keeping the others", async () => {
    const outcome = await computeEligibility(lake, NO_DISABILITY_DAY);

    expect(Object.keys(outcome.skipped).sort()).toEqual([
      "child-disability-care",
      "disability",
      "sanatorium",
      // Its evidence shows the adults able to work, which needs the disability register.
      "targeted-assistance",
    ]);
    expect(outcome.counts.disability?.entitled).toBe(0);
    expect(outcome.counts["large-family"]?.entitled).toBe(14);
  });
});

describe("the dry run", () => {
  it("counts by region exactly what the stage wrote, for every service", async () => {
    await computeEligibility(lake, DAY);
    type Row = { service_id: string; region_code: string; n: number; r: number };
    const written = await query<Row>(
      `SELECT service_id, region_code, toUInt32(count()) AS n,
        toUInt32(countIf(already_receives)) AS r
      FROM eligibility WHERE snapshot_date = {day:Date} GROUP BY service_id, region_code`,
      { day: DAY },
    );

    for (const service of SERVICES) {
      const result = await dryRun(lake, DAY, service.id);
      const expected = written
        .filter((row) => row.service_id === service.id)
        .map((row) => ({ regionCode: row.region_code, entitled: row.n, alreadyReceiving: row.r }))
        .sort((a, b) => a.regionCode.localeCompare(b.regionCode));
      expect(result.byRegion, service.id).toEqual(expected);
    }
  });

  it("counts under the analyst's parameters without writing anything", async () => {
    const before = await fingerprint(DAY);
    const tables = await query<{ name: string }>("SELECT name FROM system.tables");
    const result = await dryRun(lake, DAY, "large-family", { min_children: 5 });

    expect(result.entitled).toBe(7);
    expect(result.byRegion.reduce((sum, r) => sum + r.entitled, 0)).toBe(7);
    expect(result.params.min_children).toBe(5);
    expect(await fingerprint(DAY)).toEqual(before);
    expect(await query<{ name: string }>("SELECT name FROM system.tables")).toEqual(tables);
  });

  it("refuses parameters the service does not have, or of the wrong kind", async () => {
    await expect(dryRun(lake, DAY, "large-family", { minimum: 5 })).rejects.toThrow(
      ServiceParamError,
    );
    await expect(dryRun(lake, DAY, "large-family", { min_children: -1 })).rejects.toThrow(
      /min_children/,
    );
    await expect(dryRun(lake, DAY, "large-family", { amount_mrp: [1, 2] })).rejects.toThrow(
      ServiceParamError,
    );
    await expect(dryRun(lake, DAY, "no-such-service")).rejects.toThrow(UnknownServiceError);
  });

  it("reports a missing source instead of counting nobody", async () => {
    const result = await dryRun(lake, NO_DISABILITY_DAY, "disability");

    expect(result.missingSources).toEqual(["disability"]);
    expect(result.entitled).toBe(0);
  });
});

describe("reading the entitled", () => {
  it("pages through a service's subjects once each, in the table's order", async () => {
    const pages = [];
    for await (const page of eligibleSubjects(lake, DAY, "large-family", { pageSize: 4 })) {
      pages.push(page);
    }
    const ids = pages.flat().map((s) => s.subjectId);

    expect(pages.length).toBe(4);
    expect(pages.every((page) => page.length <= 4)).toBe(true);
    expect(new Set(ids).size).toBe(14);
    expect(pages.flat()[0]).toMatchObject({ serviceId: "large-family", regionCode: "KZ-10" });
  });

  it("gives as new candidates only those not already receiving, for every service", async () => {
    const candidates = [];
    for await (const page of newCandidates(lake, DAY, { pageSize: 5 })) candidates.push(...page);
    const [all] = await query<{ n: number }>(
      `SELECT toUInt32(count()) AS n FROM eligibility
        WHERE snapshot_date = {day:Date} AND NOT already_receives`,
      { day: DAY },
    );

    expect(candidates.length).toBe(all?.n);
    expect(candidates.some((c) => c.alreadyReceives)).toBe(false);
    expect(new Set(candidates.map((c) => c.serviceId)).size).toBeGreaterThan(2);
  });
});
