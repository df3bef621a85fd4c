import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addStaff, casesDb, candidate, NOW } from "../../test/cases";
import type { TestPostgres } from "../../test/postgres";
import { staff } from "../cases/actor";
import { approveCases } from "../cases/approve-cases";
import { createCases } from "../cases/create-cases";
import type { CaseToCheck } from "../cases/entitlement";
import { transitionCase } from "../cases/transition-case";
import type { LakeClient } from "../clickhouse/client";
import type { Db } from "../db/client";
import { computeEligibility } from "./compute-eligibility";
import { eligibilityOf } from "./testing/read-eligibility";
import { ASTANA, bornYearsAgo, LakeRows, openTestLake } from "./testing/lake-rows";
import { stillEntitledInLake } from "./still-entitled";

// Family ids are hex, as the lake's are, so that the cases' subjects pass their checks.
const STAYS = "a1".repeat(12);
const SHRINKS = "b2".repeat(12);
const EARLIER = "2026-03-10";
const LATEST = "2026-04-10";
const PLACE = { regionCode: ASTANA.region, districtKato: ASTANA.district };
let lake: LakeClient;
let closeLake: () => Promise<void>;

/** A mother at home with `children` children under 18, each with a birth act naming her. */
function family(rows: LakeRows, id: string, children: number) {
  const kids = Array.from({ length: children }, (_, i) => ({
    id: `${id}-c${i + 1}`,
    birth: bornYearsAgo(rows.day, 3 + 2 * i, 10),
  }));
  rows.family(id, [{ id, birth: bornYearsAgo(rows.day, 40) }, ...kids]);
  for (const kid of kids) rows.birth(id, kid.id, kid.birth);
}

/** One snapshot: both families, the second with `shrunk` children (four make it large). */
async function snapshot(day: string, shrunk: number) {
  const rows = new LakeRows(day);
  family(rows, STAYS, 4);
  family(rows, SHRINKS, shrunk);
  await rows.write(lake);
  await computeEligibility(lake, day);
}

async function publish(day: string) {
  await lake.insert({
    table: "snapshots",
    values: [{ snapshot_date: day, run_id: "test", published_at: `${day} 06:00:00` }],
    format: "JSONEachRow",
  });
}

const toCheck = (id: string, serviceId: string, subject: string): CaseToCheck => ({
  id,
  serviceId,
  subject,
  familyId: subject,
  snapshotDate: new Date(`${EARLIER}T00:00:00Z`),
  ...PLACE,
});

beforeAll(async () => {
  ({ lake, close: closeLake } = await openTestLake("portal-still-entitled-"));
  await snapshot(EARLIER, 4);
  await snapshot(LATEST, 3);
}, 120_000);

afterAll(async () => {
  await closeLake();
});

describe("entitlement checked again in the lake", () => {
  const cases = [
    toCheck("stays", "large-family", STAYS),
    toCheck("shrinks", "large-family", SHRINKS),
    toCheck("other-service", "disability", STAYS),
  ];

  it("confirms nobody before a snapshot is published, so nothing is approved or paid", async () => {
    const earlier = await eligibilityOf(lake, EARLIER, "large-family");
    expect([...earlier.keys()].sort()).toEqual([STAYS, SHRINKS]);

    expect(await stillEntitledInLake(lake)(cases)).toEqual(new Set());
  });

  it("passes a family entitled in the latest published snapshot, not one that left", async () => {
    await publish(EARLIER);
    await publish(LATEST);
    const latest = await eligibilityOf(lake, LATEST, "large-family");
    expect([...latest.keys()]).toEqual([STAYS]);

    const entitled = await stillEntitledInLake(lake)(cases);

    expect(entitled).toEqual(new Set(["stays"]));
  });

  it("asks in batches, each case matched on its own service and subject", async () => {
    const many = Array.from({ length: 4_500 }, (_, i) =>
      toCheck(`c${i}`, "large-family", i === 4_321 ? STAYS : `${i}`.padStart(24, "0")),
    );

    const entitled = await stillEntitledInLake(lake)(many);

    expect(entitled).toEqual(new Set(["c4321"]));
  });
});

describe("bulk approval with the lake's entitlement", () => {
  let db: Db;
  let server: TestPostgres;

  beforeAll(async () => {
    ({ db, server } = await casesDb());
  }, 120_000);

  afterAll(async () => {
    await db.$disconnect();
    await server.stop();
  });

  it("flags the case of a family that stopped qualifying instead of approving it", async () => {
    const worker = await addStaff(db, { login: "w1", role: "social_worker", place: PLACE });
    const supervisor = await addStaff(db, { login: "s1", role: "supervisor", place: PLACE });
    const candidates = [STAYS, SHRINKS].map((id) =>
      candidate({ serviceId: "large-family", pseudonym: id, familyId: id, ...PLACE }),
    );
    const options = { now: NOW, reviewDays: { "large-family": 10 }, cooloffDays: 90 };
    await createCases(db, candidates, options);
    const created = await db.case.findMany({ orderBy: { subject: "asc" } });
    const reviewed = await Promise.all(
      created.map((c) =>
        transitionCase(db, staff(worker), {
          caseId: c.id,
          version: c.version,
          action: "recommend",
          reason: "recommend_approve",
        }),
      ),
    );
    const [stays, shrinks] = reviewed.sort((a, b) => a.subject.localeCompare(b.subject));
    const seen = reviewed.map((c) => ({ caseId: c.id, version: c.version }));

    const outcome = await approveCases(db, supervisor, { cases: seen }, stillEntitledInLake(lake));

    expect(outcome.approved).toEqual([stays!.id]);
    expect(outcome.noLongerEntitled).toEqual([shrinks!.id]);
    const flagged = await db.case.findUniqueOrThrow({ where: { id: shrinks!.id } });
    expect(flagged).toMatchObject({ state: "in_review", flag: "no_longer_entitled" });
  });
});
