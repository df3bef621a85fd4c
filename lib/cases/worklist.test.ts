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
import { createCases } from "./create-cases";
import { listOverdue } from "./overdue";
import { reassignCase } from "./reassign-case";
import { listCases, WORKLIST_PAGE } from "./worklist";

let server: TestPostgres;
let db: Db;
let worker: PortalUser;
let colleague: PortalUser;
let supervisor: PortalUser;
let otherWorker: PortalUser;
const DAY = 86_400_000;
const LATER = new Date(NOW.getTime() + 7 * DAY);

beforeAll(async () => {
  ({ db, server } = await casesDb());
  worker = await addStaff(db, { login: "w1", role: "social_worker", place: BOSTANDYK });
  supervisor = await addStaff(db, { login: "s1", role: "supervisor", place: BOSTANDYK });
  otherWorker = await addStaff(db, { login: "w3", role: "social_worker", place: MAKTAARAL });
  const options = { reviewDays: REVIEW_DAYS, cooloffDays: 90 };
  // Disability cases are due in 5 days, large-family ones in 10: a week later only the first
  // are overdue.
  await createCases(
    db,
    Array.from({ length: 70 }, () => candidate()),
    { ...options, now: NOW },
  );
  const disability = Array.from({ length: 40 }, () => candidate({ serviceId: "disability" }));
  await createCases(db, disability, { ...options, now: NOW });
  await createCases(db, [candidate(MAKTAARAL)], { ...options, now: NOW });
  const decided = await db.case.findMany({ where: { ...BOSTANDYK }, take: 5 });
  await db.case.updateMany({
    where: { id: { in: decided.map((c) => c.id) } },
    data: { state: "approved" },
  });
  colleague = await addStaff(db, { login: "w2", role: "social_worker", place: BOSTANDYK });
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
  await server.stop();
});

describe("worklists", () => {
  it("lists overdue cases first, then by deadline, decided ones last, page by page", async () => {
    const rows = [];
    let after: string | undefined;
    do {
      const page = await listCases(db, worker, { view: "mine", after }, LATER);
      rows.push(...page.rows);
      after = page.next ?? undefined;
    } while (after);

    expect(rows).toHaveLength(110);
    expect(new Set(rows.map((r) => r.id)).size).toBe(110);
    const firstDecided = rows.findIndex((r) => r.state === "approved");
    expect(rows.slice(firstDecided).every((r) => r.state === "approved")).toBe(true);
    const awaiting = rows.slice(0, firstDecided);
    const lastOverdue = awaiting.map((r) => r.overdue).lastIndexOf(true);
    expect(awaiting.slice(0, lastOverdue + 1).every((r) => r.overdue)).toBe(true);
    expect(awaiting.slice(lastOverdue + 1).some((r) => r.overdue)).toBe(false);
    expect(awaiting[0]?.serviceId).toBe("disability");
  });

  it("counts the view's cases by state and overdue, whatever the filters", async () => {
    const list = await listCases(db, worker, { view: "mine", state: "approved" }, LATER);

    expect(list.rows).toHaveLength(5);
    expect(list.counts).toMatchObject({ candidate: 105, approved: 5, paid: 0 });
    expect(list.overdue).toBeGreaterThan(0);
    expect(list.overdue).toBeLessThanOrEqual(40);
  });

  it("filters by service and by overdue", async () => {
    const overdue = await listCases(db, worker, { view: "mine", overdue: "true" }, LATER);
    const large = await listCases(db, worker, { view: "mine", service: "large_family" }, LATER);

    expect(overdue.rows.every((r) => r.overdue && r.serviceId === "disability")).toBe(true);
    expect(overdue.rows.length).toBe(overdue.overdue);
    expect(large.rows).toHaveLength(WORKLIST_PAGE);
    expect(large.rows.every((r) => r.serviceId === "large_family")).toBe(true);
  });

  it("shows a team only the cases of its scope", async () => {
    const ours = await listCases(db, supervisor, { view: "team" }, LATER);
    const theirs = await listCases(db, otherWorker, { view: "team" }, LATER);

    expect(ours.rows.every((r) => r.districtKato === BOSTANDYK.districtKato)).toBe(true);
    expect(theirs.rows).toHaveLength(1);
    expect(theirs.rows[0]?.districtKato).toBe(MAKTAARAL.districtKato);
  });

  it("lists the overdue cases of a scope, longest overdue first", async () => {
    const overdue = await listOverdue(db, supervisor.scope, { now: LATER });

    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((c) => c.serviceId === "disability")).toBe(true);
    expect(await listOverdue(db, supervisor.scope, { now: NOW })).toEqual([]);
  });

  it("lets a supervisor reassign within the district, and no one else", async () => {
    const c = await db.case.findFirstOrThrow({
      where: { assigneeId: worker.id, state: "candidate" },
    });
    const input = { caseId: c.id, version: c.version, assigneeId: colleague.id };

    await expect(reassignCase(db, worker, input)).rejects.toThrow(/Only a supervisor/);
    await expect(
      reassignCase(db, supervisor, { ...input, assigneeId: otherWorker.id }),
    ).rejects.toThrow(/social worker of the case's district/);
    const moved = await reassignCase(db, supervisor, input);

    expect(moved).toMatchObject({ assigneeId: colleague.id, version: c.version + 1 });
    const event = await db.caseEvent.findFirstOrThrow({
      where: { caseId: c.id, reason: "reassigned" },
    });
    expect(event.detail).toEqual({ fromAssignee: worker.id, toAssignee: colleague.id });
  });
});
