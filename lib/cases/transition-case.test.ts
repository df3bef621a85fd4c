import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PortalUser } from "../auth/user";
import type { Db } from "../db/client";
import type { Case } from "../db/generated/client";
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
import { staff, system } from "./actor";
import { createCases } from "./create-cases";
import { CaseNotFoundError, ConflictError, TransitionError } from "./errors";
import { transitionCase } from "./transition-case";
import { listCases } from "./worklist";

let server: TestPostgres;
let db: Db;
let worker: PortalUser;
let otherWorker: PortalUser;
let supervisor: PortalUser;
let secondSupervisor: PortalUser;
let manager: PortalUser;

beforeAll(async () => {
  ({ db, server } = await casesDb());
  worker = await addStaff(db, { login: "w1", role: "social_worker", place: BOSTANDYK });
  otherWorker = await addStaff(db, { login: "w2", role: "social_worker", place: MAKTAARAL });
  supervisor = await addStaff(db, { login: "s1", role: "supervisor", place: BOSTANDYK });
  secondSupervisor = await addStaff(db, {
    login: "s2",
    role: "supervisor",
    place: BOSTANDYK,
    level: "region",
  });
  manager = await addStaff(db, {
    login: "m1",
    role: "regional_manager",
    place: BOSTANDYK,
    level: "region",
  });
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
  await server.stop();
});

async function newCase(): Promise<Case> {
  const c = candidate();
  await createCases(db, [c], { now: NOW, reviewDays: REVIEW_DAYS, cooloffDays: 90 });
  return db.case.findFirstOrThrow({ where: { subject: c.pseudonym } });
}

const recommend = (c: Case) => ({
  caseId: c.id,
  version: c.version,
  action: "recommend" as const,
  reason: "recommend_approve",
});

describe("case transitions", () => {
  it("moves a case only along the table, with an event for each step", async () => {
    const c = await newCase();
    const reviewed = await transitionCase(db, staff(worker), recommend(c));

    expect(reviewed).toMatchObject({ state: "in_review", reviewerId: worker.id, version: 2 });
    expect(reviewed.recommendation).toBe("approve");
    const events = await db.caseEvent.findMany({ where: { caseId: c.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.fromState, e.toState, e.reason])).toEqual([
      [null, "candidate", "entitlement_found"],
      ["candidate", "in_review", "recommend_approve"],
    ]);
    expect(events[1]).toMatchObject({ actorId: worker.id, actorRole: "social_worker" });
  });

  it("refuses a step the state or the role does not allow, and a wrong reason", async () => {
    const c = await newCase();
    const notify = {
      caseId: c.id,
      version: 1,
      action: "notify" as const,
      reason: "notification_sent",
    };
    const pay = { caseId: c.id, version: 1, action: "pay" as const, reason: "payment_made" };

    await expect(transitionCase(db, system("notify"), notify)).rejects.toThrow(
      /is candidate: it cannot notify/,
    );
    await expect(transitionCase(db, staff(worker), pay)).rejects.toThrow(
      /A social worker cannot pay a case/,
    );
    await expect(transitionCase(db, staff(manager), recommend(c))).rejects.toThrow(
      /A regional manager cannot recommend a case/,
    );
    await expect(
      transitionCase(db, staff(worker), { ...recommend(c), reason: "because" }),
    ).rejects.toThrow(/"because" is not a reason to recommend a case/);
    await expect(
      transitionCase(db, staff(supervisor), { ...recommend(c), action: "approve" }),
    ).rejects.toThrow(TransitionError);
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).state).toBe("candidate");
  });

  it("keeps a worker of another district from reading or acting on a case", async () => {
    const c = await newCase();

    await expect(transitionCase(db, staff(otherWorker), recommend(c))).rejects.toThrow(
      CaseNotFoundError,
    );
    const theirs = await listCases(db, otherWorker, { view: "team" }, NOW);
    expect(theirs.rows.map((r) => r.id)).not.toContain(c.id);
    const ours = await listCases(db, worker, { view: "team" }, NOW);
    expect(ours.rows.map((r) => r.id)).toContain(c.id);
  });

  it("answers a stale version with a conflict that says someone else decided", async () => {
    const c = await newCase();
    await transitionCase(db, staff(worker), recommend(c));

    const rejectStale = {
      caseId: c.id,
      version: 1,
      action: "reject" as const,
      reason: "data_error",
    };
    await expect(transitionCase(db, staff(supervisor), rejectStale)).rejects.toThrow(
      /Someone else decided case .* a moment ago/,
    );
  });

  it("lets exactly one of two concurrent deciders win", async () => {
    const c = await newCase();
    const reviewed = await transitionCase(db, staff(worker), recommend(c));
    const decide = (user: PortalUser, reason: string) =>
      transitionCase(db, staff(user), {
        caseId: c.id,
        version: reviewed.version,
        action: "reject",
        reason,
      });

    const results = await Promise.allSettled([
      decide(supervisor, "data_error"),
      decide(secondSupervisor, "not_entitled"),
    ]);

    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    const events = await db.caseEvent.count({ where: { caseId: c.id, toState: "rejected" } });
    expect(events).toBe(1);
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).version).toBe(3);
  });

  it("follows an accepted case to payment, moved by the portal's own parts", async () => {
    const c = await newCase();
    await transitionCase(db, staff(worker), recommend(c));
    await db.case.update({ where: { id: c.id }, data: { state: "approved", version: 3 } });
    const step = (action: "notify" | "accept" | "pay", version: number, reason: string) =>
      ({ caseId: c.id, version, action, reason }) as const;

    await transitionCase(db, system("notify"), step("notify", 3, "notification_sent"));
    await transitionCase(db, system("citizen"), step("accept", 4, "citizen_accepted"));
    const paid = await transitionCase(db, system("payments"), step("pay", 5, "payment_made"));

    expect(paid.state).toBe("paid");
    const last = await db.caseEvent.findFirstOrThrow({
      where: { caseId: c.id },
      orderBy: { id: "desc" },
    });
    expect(last).toMatchObject({ actorSystem: "payments", actorId: null, toState: "paid" });
  });

  it("keeps the case history append-only in the database itself", async () => {
    const c = await newCase();

    await expect(
      db.caseEvent.updateMany({ where: { caseId: c.id }, data: { reason: "x" } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.caseEvent.deleteMany({ where: { caseId: c.id } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.$executeRaw`TRUNCATE case_events CASCADE`).rejects.toThrow(/append-only/);
  });

  it("writes an audit record of a supervisor's decision without the subject", async () => {
    const c = await newCase();
    const reviewed = await transitionCase(db, staff(worker), recommend(c));
    const reject = { caseId: c.id, version: reviewed.version, action: "reject" as const };
    await transitionCase(db, staff(supervisor), { ...reject, reason: "already_receiving" });

    const audit = await db.auditEvent.findMany({
      where: { subject: `case ${c.id}` },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["decision", worker.id],
      ["decision", supervisor.id],
    ]);
    expect(audit[1]?.detail).toMatchObject({ action: "reject", reason: "already_receiving" });
    expect(JSON.stringify(audit.map((a) => a.detail))).not.toContain(c.subject);
  });
});
