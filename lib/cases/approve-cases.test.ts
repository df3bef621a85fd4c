import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PortalUser } from "../auth/user";
import type { Db } from "../db/client";
import type { Case } from "../db/generated/client";
import { addStaff, BOSTANDYK, candidate, casesDb, NOW, REVIEW_DAYS } from "../../test/cases";
import type { TestPostgres } from "../../test/postgres";
import { staff, system } from "./actor";
import { approveCases } from "./approve-cases";
import { createCases } from "./create-cases";
import type { StillEntitled } from "./entitlement";
import { checkBeforePayment } from "./payment-check";
import { transitionCase } from "./transition-case";

let server: TestPostgres;
let db: Db;
let worker: PortalUser;
let supervisor: PortalUser;
let manager: PortalUser;

const everyone: StillEntitled = (cases) => Promise.resolve(new Set(cases.map((c) => c.id)));

beforeAll(async () => {
  ({ db, server } = await casesDb());
  worker = await addStaff(db, { login: "w1", role: "social_worker", place: BOSTANDYK });
  supervisor = await addStaff(db, { login: "s1", role: "supervisor", place: BOSTANDYK });
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

/** Cases recommended for approval by `reviewer`. */
async function reviewed(count: number, reviewer: PortalUser): Promise<Case[]> {
  const candidates = Array.from({ length: count }, () => candidate());
  await createCases(db, candidates, { now: NOW, reviewDays: REVIEW_DAYS, cooloffDays: 90 });
  const cases = await db.case.findMany({
    where: { subject: { in: candidates.map((c) => c.pseudonym) } },
  });
  const action = "recommend" as const;
  return Promise.all(
    cases.map((c) =>
      transitionCase(db, staff(reviewer), {
        caseId: c.id,
        version: c.version,
        action,
        reason: "recommend_approve",
      }),
    ),
  );
}

const seen = (cases: Case[]) => cases.map((c) => ({ caseId: c.id, version: c.version }));

describe("bulk approval", () => {
  it("approves many cases but refuses, and reports, those the supervisor recommended", async () => {
    const byWorker = await reviewed(3, worker);
    const bySupervisor = await reviewed(2, supervisor);

    const outcome = await approveCases(
      db,
      supervisor,
      { cases: seen([...byWorker, ...bySupervisor]) },
      everyone,
      NOW,
    );

    expect(outcome.approved.sort()).toEqual(byWorker.map((c) => c.id).sort());
    expect(outcome.ownReview.sort()).toEqual(bySupervisor.map((c) => c.id).sort());
    const states = await db.case.findMany({ where: { id: { in: outcome.ownReview } } });
    expect(states.map((c) => c.state)).toEqual(["in_review", "in_review"]);
    const approved = await db.case.findMany({ where: { id: { in: outcome.approved } } });
    expect(approved.every((c) => c.deciderId === supervisor.id && c.version === 3)).toBe(true);
    const events = await db.caseEvent.count({
      where: { caseId: { in: outcome.approved }, toState: "approved" },
    });
    expect(events).toBe(3);
  });

  it("flags a case whose family stopped qualifying instead of approving it", async () => {
    const cases = await reviewed(3, worker);
    const gone = cases[0]!;
    const onlyOthers: StillEntitled = (checked) =>
      Promise.resolve(new Set(checked.filter((c) => c.id !== gone.id).map((c) => c.id)));

    const outcome = await approveCases(db, supervisor, { cases: seen(cases) }, onlyOthers, NOW);

    expect(outcome.noLongerEntitled).toEqual([gone.id]);
    expect(outcome.approved).toHaveLength(2);
    const flagged = await db.case.findUniqueOrThrow({ where: { id: gone.id } });
    expect(flagged).toMatchObject({ state: "in_review", flag: "no_longer_entitled" });
    const event = await db.caseEvent.findFirstOrThrow({
      where: { caseId: gone.id },
      orderBy: { id: "desc" },
    });
    expect(event).toMatchObject({ fromState: "in_review", toState: "in_review" });
    expect(event.reason).toBe("no_longer_entitled");
  });

  it("reports stale and already decided cases as conflicts, approving the rest", async () => {
    const [stale, fresh, again] = await reviewed(3, worker);
    await approveCases(db, supervisor, { cases: seen([again!]) }, everyone, NOW);

    const outcome = await approveCases(
      db,
      supervisor,
      { cases: [{ caseId: stale!.id, version: 1 }, ...seen([fresh!]), ...seen([again!])] },
      everyone,
      NOW,
    );

    expect(outcome.conflicts).toEqual([stale!.id, again!.id]);
    expect(outcome.approved).toEqual([fresh!.id]);
  });

  it("is refused to a regional manager, who only reads", async () => {
    const cases = await reviewed(1, worker);

    await expect(approveCases(db, manager, { cases: seen(cases) }, everyone)).rejects.toThrow(
      /A regional manager cannot approve a case/,
    );
  });
});

describe("the check before a payment list", () => {
  it("keeps accepted cases still entitled and flags the others", async () => {
    const cases = await reviewed(2, worker);
    await approveCases(db, supervisor, { cases: seen(cases) }, everyone, NOW);
    for (const c of cases) {
      await transitionCase(db, system("notify"), {
        caseId: c.id,
        version: 3,
        action: "notify",
        reason: "notification_sent",
      });
      await transitionCase(db, system("citizen"), {
        caseId: c.id,
        version: 4,
        action: "accept",
        reason: "citizen_accepted",
      });
    }
    const [keep, drop] = cases;
    const onlyKeep: StillEntitled = () => Promise.resolve(new Set([keep!.id]));

    const check = await checkBeforePayment(db, system("payments"), [keep!.id, drop!.id], onlyKeep);

    expect(check).toEqual({ payable: [keep!.id], noLongerEntitled: [drop!.id], notPayable: [] });
    const flagged = await db.case.findUniqueOrThrow({ where: { id: drop!.id } });
    expect(flagged).toMatchObject({ state: "accepted", flag: "no_longer_entitled" });
  });
});
