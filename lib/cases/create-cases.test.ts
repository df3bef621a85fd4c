import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PortalUser } from "../auth/user";
import type { Db } from "../db/client";
import {
  addStaff,
  BOSTANDYK,
  candidate,
  casesDb,
  MAKTAARAL,
  NOW,
  REVIEW_DAYS,
} from "../../test/cases";
import type { TestPostgres } from "../../test/postgres";
import { planAssignment } from "./assignment";
import { createCases } from "./create-cases";

let server: TestPostgres;
let db: Db;
let workers: PortalUser[];
const options = { now: NOW, reviewDays: REVIEW_DAYS, cooloffDays: 90 };
const DAY = 86_400_000;

beforeAll(async () => {
  ({ db, server } = await casesDb());
  workers = [
    await addStaff(db, { login: "w1", role: "social_worker", place: BOSTANDYK }),
    await addStaff(db, { login: "w2", role: "social_worker", place: BOSTANDYK }),
  ];
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
  await server.stop();
});

describe("case creation from candidates", () => {
  it("creates each case once: a rerun creates nothing", async () => {
    const candidates = Array.from({ length: 50 }, () => candidate());

    const first = await createCases(db, candidates, options);
    const second = await createCases(db, candidates, options);

    expect(first).toMatchObject({ created: 50, skippedOpen: 0, skippedCooloff: 0 });
    expect(second).toMatchObject({ created: 0, skippedOpen: 50 });
    const subjects = candidates.map((c) => c.pseudonym);
    expect(await db.case.count({ where: { subject: { in: subjects } } })).toBe(50);
    const events = await db.caseEvent.count({ where: { case: { subject: { in: subjects } } } });
    expect(events).toBe(50);
  });

  it("sets the review deadline from the service's review days", async () => {
    const c = candidate({ serviceId: "disability" });
    await createCases(db, [c], options);

    const created = await db.case.findFirstOrThrow({ where: { subject: c.pseudonym } });
    expect(created.reviewDue.getTime()).toBe(NOW.getTime() + 5 * DAY);
    expect(created.amount.toString()).toBe("69305.5");
  });

  it("offers a declined service again only after the cool-off", async () => {
    const recent = candidate();
    const longAgo = candidate();
    await createCases(db, [recent, longAgo], options);
    await db.case.updateMany({
      where: { subject: recent.pseudonym },
      data: { state: "declined", declinedAt: new Date(NOW.getTime() - 30 * DAY) },
    });
    await db.case.updateMany({
      where: { subject: longAgo.pseudonym },
      data: { state: "declined", declinedAt: new Date(NOW.getTime() - 120 * DAY) },
    });
    const otherService = { ...recent, serviceId: "disability" };

    const counts = await createCases(db, [recent, longAgo, otherService], options);

    expect(counts).toMatchObject({ created: 2, skippedCooloff: 1, skippedOpen: 0 });
    expect(await db.case.count({ where: { subject: recent.pseudonym } })).toBe(2);
    expect(await db.case.count({ where: { subject: longAgo.pseudonym } })).toBe(2);
  });

  it("assigns new cases to the district's workers by least open workload", async () => {
    const [w1, w2] = workers as [PortalUser, PortalUser];
    const load = (id: string) =>
      db.case.count({ where: { assigneeId: id, state: { in: ["candidate", "in_review"] } } });
    const before = [await load(w1.id), await load(w2.id)];

    await createCases(
      db,
      Array.from({ length: 21 }, () => candidate()),
      options,
    );

    const after = [await load(w1.id), await load(w2.id)];
    expect(after[0]! + after[1]! - before[0]! - before[1]!).toBe(21);
    expect(Math.abs(after[0]! - after[1]!)).toBeLessThanOrEqual(1);
  });

  it("leaves a case unassigned in a district without workers, and says so", async () => {
    const counts = await createCases(db, [candidate(MAKTAARAL)], options);

    expect(counts).toMatchObject({ created: 1, unassigned: 1 });
  });

  it("creates one case for a service and subject listed twice", async () => {
    const c = candidate();

    const counts = await createCases(db, [c, { ...c }], options);

    expect(counts).toMatchObject({ created: 1, duplicates: 1 });
  });

  it("refuses evidence that carries a name or an IIN, and creates nothing", async () => {
    const named = candidate({ evidence: { name: "Aigerim" } });
    const withIin = candidate({ evidence: [{ value: "900101300017" }] });

    await expect(createCases(db, [candidate(), named], options)).rejects.toThrow(
      /Evidence must not contain/,
    );
    await expect(createCases(db, [withIin], options)).rejects.toThrow(/Evidence must not/);
  });

  it("refuses a service without a review deadline, leaving nothing half-written", async () => {
    const fine = candidate();
    const unknown = candidate({ serviceId: "unknown_service" });

    await expect(createCases(db, [fine, unknown], options)).rejects.toThrow(
      /No review deadline for service unknown_service/,
    );
    expect(await db.case.count({ where: { subject: fine.pseudonym } })).toBe(0);
  });
});

describe("the assignment plan", () => {
  it("fills the least loaded worker up first, then shares evenly", () => {
    const workers = [
      { workerId: "a", districtKato: "1", load: 5 },
      { workerId: "b", districtKato: "1", load: 0 },
      { workerId: "c", districtKato: "2", load: 0 },
    ];

    expect(planAssignment(workers, "1", 7)).toEqual([
      { districtKato: "1", workerId: "b", first: 1, last: 6 },
      { districtKato: "1", workerId: "a", first: 7, last: 7 },
    ]);
    expect(planAssignment(workers, "3", 4)).toEqual([]);
  });
});
