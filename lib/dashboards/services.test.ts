import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Scope } from "../auth/scope";
import type { PortalUser } from "../auth/user";
import { staff, system, type Actor } from "../cases/actor";
import { approveCases } from "../cases/approve-cases";
import { createCases } from "../cases/create-cases";
import type { StillEntitled } from "../cases/entitlement";
import { OPEN_STATES } from "../cases/states";
import { transitionCase } from "../cases/transition-case";
import type { CaseAction } from "../cases/transitions";
import { reassignCase } from "../cases/reassign-case";
import type { Db } from "../db/client";
import type { Case, CaseEvent } from "../db/generated/client";
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
import type { Area } from "./area";
import { casesByChildArea } from "./case-children";
import { caseloadByWorker, DECIDED_DAYS } from "./caseload";
import { decisionTimes } from "./decision-times";
import { overdueCases } from "./overdue";
import { serviceFunnel } from "./service-funnel";
import { loadServices, servicesTables } from "./views/services";

let server: TestPostgres;
let db: Db;
const workers: Record<string, PortalUser> = {};
const supervisors: Record<string, PortalUser> = {};

const HOUR = 3_600_000;
const everyone: StillEntitled = (cases) => Promise.resolve(new Set(cases.map((c) => c.id)));
const NATIONAL: Scope = { level: "national" };
const ALMATY: Scope = { level: "region", regionCode: "KZ-75" };
const TURKISTAN: Scope = { level: "region", regionCode: "KZ-61" };
const everywhere: Area = { level: "national" };

/** The steps each test case takes after it is found, one hour apart, in this order. */
const PATHS: CaseAction[][] = [
  [],
  ["recommend"],
  ["recommend", "return"],
  ["recommend", "approve"],
  ["recommend", "reject"],
  ["recommend", "approve", "notify"],
  ["recommend", "approve", "notify", "accept"],
  ["recommend", "approve", "notify", "decline"],
  ["recommend", "approve", "notify", "expire"],
  ["recommend", "approve", "notify", "accept", "pay"],
  ["recommend", "approve", "close"],
  ["recommend", "reject", "close"],
  ["recommend", "approve", "notify", "accept", "close"],
];

const REASONS: Record<CaseAction, string> = {
  recommend: "recommend_approve",
  return: "more_review_needed",
  approve: "entitlement_confirmed",
  reject: "not_entitled",
  notify: "notification_sent",
  accept: "citizen_accepted",
  decline: "citizen_declined",
  expire: "no_reply",
  pay: "payment_made",
  close: "archived",
};

function actorFor(action: CaseAction, place: string): Actor {
  if (action === "notify") return system("notify");
  if (action === "accept" || action === "decline") return system("citizen");
  if (action === "expire") return system("expiry");
  if (action === "pay") return system("payments");
  if (action === "recommend") return staff(workers[place]!);
  return staff(supervisors[place]!);
}

/** Moves one case along its path; step i happens `hours + i` hours after it was found. */
async function walk(found: Case, path: CaseAction[], place: string, hours: number) {
  let current = found;
  for (const [i, action] of path.entries()) {
    const at = new Date(NOW.getTime() + (hours + i) * HOUR);
    const version = current.version;
    const input = { caseId: current.id, version, action, reason: REASONS[action] };
    if (action === "approve") {
      const cases = [{ caseId: current.id, version }];
      await approveCases(db, supervisors[place]!, { cases }, everyone, at);
      current = await db.case.findUniqueOrThrow({ where: { id: current.id } });
    } else {
      current = await transitionCase(db, actorFor(action, place), input, at);
    }
  }
}

/** Cases of every path for a service in a place, each path `repeat` times. */
async function seed(serviceId: string, place: typeof BOSTANDYK, name: string, repeat: number) {
  const candidates = PATHS.flatMap(() =>
    Array.from({ length: repeat }, () => candidate({ serviceId, ...place })),
  );
  await createCases(db, candidates, { now: NOW, reviewDays: REVIEW_DAYS, cooloffDays: 90 });
  const cases = await db.case.findMany({
    where: { subject: { in: candidates.map((c) => c.pseudonym) } },
  });
  const bySubject = new Map(cases.map((c) => [c.subject, c]));
  for (const [i, c] of candidates.entries()) {
    const path = PATHS[i % PATHS.length]!;
    await walk(bySubject.get(c.pseudonym)!, path, name, 1 + ((i * 7) % 40));
  }
}

beforeAll(async () => {
  ({ db, server } = await casesDb());
  for (const [name, place] of [
    ["bostandyk", BOSTANDYK],
    ["maktaaral", MAKTAARAL],
  ] as const) {
    workers[name] = await addStaff(db, { login: `w-${name}`, role: "social_worker", place });
    supervisors[name] = await addStaff(db, { login: `s-${name}`, role: "supervisor", place });
  }
  await seed("large_family", BOSTANDYK, "bostandyk", 3);
  await seed("disability", BOSTANDYK, "bostandyk", 1);
  await seed("large_family", MAKTAARAL, "maktaaral", 2);
}, 180_000);

afterAll(async () => {
  await db.$disconnect();
  await server.stop();
});

type Recomputed = Case & { events: CaseEvent[]; reviewed: boolean; reached: Set<string> };

/** Every case with the states its events reached: the funnel recomputed from the history. */
async function history(scope: Scope): Promise<Recomputed[]> {
  const cases = await db.case.findMany({ include: { events: true } });
  const inScope = (c: Case) =>
    scope.level === "national" ||
    (scope.level === "region" && c.regionCode === scope.regionCode) ||
    (scope.level === "district" && c.districtKato === scope.districtCode);
  return cases.filter(inScope).map((c) => ({
    ...c,
    reviewed: c.state !== "candidate" || c.recommendation !== null,
    reached: new Set(c.events.map((e) => e.toState)),
  }));
}

function expectedFunnels(cases: Recomputed[]) {
  const funnels = new Map<string, Record<string, number>>();
  for (const c of cases) {
    const f = funnels.get(c.serviceId) ?? {};
    funnels.set(c.serviceId, f);
    const add = (key: string, when: boolean) => (f[key] = (f[key] ?? 0) + (when ? 1 : 0));
    add("found", true);
    add("reviewed", c.reviewed);
    for (const stage of ["approved", "notified", "accepted", "paid"]) {
      add(stage, c.reached.has(stage));
    }
    for (const outcome of ["rejected", "declined", "expired"]) add(outcome, c.reached.has(outcome));
    add("closed", c.state === "closed");
    add("open", (OPEN_STATES as readonly string[]).includes(c.state));
  }
  return [...funnels.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([serviceId, f]) => ({ serviceId, ...f }));
}

/** Nearest-rank percentile of decision times, in whole hours rounded down. */
function percentileHours(minutes: number[], p: number): number {
  const hours = minutes.map((m) => Math.floor(m / 60)).sort((a, b) => a - b);
  return hours[Math.ceil(p * hours.length) - 1]!;
}

function firstDecisions(cases: Recomputed[]) {
  return cases.flatMap((c) => {
    const decided = c.events
      .filter((e) => e.toState === "approved" || e.toState === "rejected")
      .sort((a, b) => a.at.getTime() - b.at.getTime())[0];
    if (!decided) return [];
    const minutes = Math.floor((decided.at.getTime() - c.createdAt.getTime()) / 60_000);
    return [{ case: c, at: decided.at, minutes }];
  });
}

describe("services dashboard figures", () => {
  it("counts each service's funnel as the case histories do, in every scope", async () => {
    for (const scope of [NATIONAL, ALMATY, TURKISTAN]) {
      const area: Area = scope.level === "region" ? { ...scope } : everywhere;
      const funnels = await serviceFunnel(db, scope, area);
      expect(funnels).toEqual(expectedFunnels(await history(scope)));
    }
    const [national] = await serviceFunnel(db, NATIONAL, everywhere);
    expect(national).toMatchObject({ serviceId: "disability", found: 13, paid: 1, closed: 3 });
  });

  it("gives the median and 90th percentile of the time to a first decision", async () => {
    const since = new Date(NOW.getTime() - HOUR);
    const times = await decisionTimes(db, NATIONAL, everywhere, since);
    const decisions = firstDecisions(await history(NATIONAL));
    const services = [...new Set(decisions.map((d) => d.case.serviceId))].sort();
    expect(times).toEqual(
      services.map((serviceId) => {
        const minutes = decisions
          .filter((d) => d.case.serviceId === serviceId)
          .map((d) => d.minutes);
        return {
          serviceId,
          decided: minutes.length,
          medianHours: percentileHours(minutes, 0.5),
          p90Hours: percentileHours(minutes, 0.9),
        };
      }),
    );
    expect(times[0]!.p90Hours).toBeGreaterThan(times[0]!.medianHours);
    const later = new Date(NOW.getTime() + 1000 * HOUR);
    expect(await decisionTimes(db, NATIONAL, everywhere, later)).toEqual([]);
  });

  it("counts cases awaiting a decision and those past their review deadline", async () => {
    // Large families have 10 days to review, disability 5: a week on, only disability is late.
    const now = new Date(NOW.getTime() + 7 * 24 * HOUR);
    const cases = await history(NATIONAL);
    const awaiting = (serviceId: string) =>
      cases.filter((c) => c.serviceId === serviceId && ["candidate", "in_review"].includes(c.state))
        .length;
    expect(await overdueCases(db, NATIONAL, everywhere, now)).toEqual([
      { serviceId: "disability", awaiting: awaiting("disability"), overdue: 3 },
      { serviceId: "large_family", awaiting: awaiting("large_family"), overdue: 0 },
    ]);
    const district: Area = { level: "district", ...BOSTANDYK };
    const later = new Date(NOW.getTime() + 11 * 24 * HOUR);
    expect(await overdueCases(db, NATIONAL, district, later)).toEqual([
      { serviceId: "disability", awaiting: 3, overdue: 3 },
      { serviceId: "large_family", awaiting: 9, overdue: 9 },
    ]);
  });

  it("gives each worker's caseload and moves it when a case is reassigned", async () => {
    const second = await addStaff(db, {
      login: "w-bostandyk-2",
      role: "social_worker",
      place: BOSTANDYK,
    });
    const now = new Date(NOW.getTime() + 7 * 24 * HOUR);
    const district: Area = { level: "district", ...BOSTANDYK };
    const before = await caseloadByWorker(db, ALMATY, district, now);
    const first = workers.bostandyk!;
    const decided = firstDecisions(await history(ALMATY)).filter(
      (d) => d.at.getTime() >= now.getTime() - DECIDED_DAYS * 24 * HOUR,
    );
    const open = await db.case.findMany({
      where: { districtKato: BOSTANDYK.districtKato, state: { in: ["candidate", "in_review"] } },
    });
    const unassigned = { userId: null, displayName: null, awaiting: 0, overdue: 0, decided: 0 };
    expect(before).toEqual([
      {
        userId: first.id,
        displayName: "w-bostandyk",
        awaiting: open.length,
        overdue: 3,
        decided: decided.length,
      },
      { userId: second.id, displayName: "w-bostandyk-2", awaiting: 0, overdue: 0, decided: 0 },
      unassigned,
    ]);

    const moved = open[0]!;
    const input = { caseId: moved.id, version: moved.version, assigneeId: second.id };
    await reassignCase(db, supervisors.bostandyk!, input, now);
    const after = await caseloadByWorker(db, ALMATY, district, now);
    expect(after.map((w) => [w.displayName, w.awaiting])).toEqual([
      ["w-bostandyk", open.length - 1],
      ["w-bostandyk-2", 1],
      [null, 0],
    ]);
  });

  it("shows nothing of an area outside the user's scope", async () => {
    const almaty: Area = { level: "region", regionCode: "KZ-75" };
    const now = new Date(NOW.getTime() + 7 * 24 * HOUR);
    expect(await serviceFunnel(db, TURKISTAN, almaty)).toEqual([]);
    expect(await overdueCases(db, TURKISTAN, almaty, now)).toEqual([]);
    expect(await decisionTimes(db, TURKISTAN, almaty, NOW)).toEqual([]);
    expect(await caseloadByWorker(db, TURKISTAN, almaty, now)).toEqual([
      { userId: null, displayName: null, awaiting: 0, overdue: 0, decided: 0 },
    ]);
  });

  it("keeps summaries equal to a rebuild from the cases and their events", async () => {
    const read = async () => ({
      counts: await db.$queryRaw`
        SELECT region_code, district_kato, service_id, state::text, reviewed, reached::text,
          cases::int FROM case_counts WHERE cases <> 0 ORDER BY 1, 2, 3, 4, 5, 6`,
      due: await db.$queryRaw`
        SELECT region_code, district_kato, service_id, assignee_id, review_due, cases::int
        FROM case_due_counts ORDER BY 1, 2, 3, 4, 5`,
      decisions: await db.$queryRaw`
        SELECT case_id, outcome::text, decided_at, minutes FROM case_decisions ORDER BY 1`,
    });
    const incremental = await read();
    await db.$executeRaw`SELECT case_summaries_rebuild()`;
    expect(await read()).toEqual(incremental);
  });

  it("drills down: each region's cases add up to the nation's", async () => {
    const now = new Date(NOW.getTime() + 7 * 24 * HOUR);
    const cases = await history(NATIONAL);
    const children = await casesByChildArea(db, NATIONAL, everywhere, now);
    const expected = ["KZ-61", "KZ-75"].map((key) => {
      const here = cases.filter((c) => c.regionCode === key);
      const awaiting = here.filter((c) => ["candidate", "in_review"].includes(c.state));
      return {
        key,
        found: here.length,
        approved: here.filter((c) => c.reached.has("approved")).length,
        paid: here.filter((c) => c.reached.has("paid")).length,
        awaiting: awaiting.length,
        overdue: awaiting.filter((c) => c.reviewDue < now).length,
      };
    });
    expect(children).toEqual(expected);
    const almaty: Area = { level: "region", regionCode: "KZ-75" };
    const districts = await casesByChildArea(db, ALMATY, almaty, now);
    expect(districts.map((d) => [d.key, d.found])).toEqual([[BOSTANDYK.districtKato, 52]]);
  });

  it("shows counts under 10 as <10 in every table, and no times of so few decisions", async () => {
    const user = { role: "supervisor" as const, scope: TURKISTAN };
    const area: Area = { level: "region", regionCode: "KZ-61" };
    const now = new Date(NOW.getTime() + 7 * 24 * HOUR);
    const view = await loadServices(db, user, area, { now, periodDays: 90 });
    const tables = servicesTables(view, area);
    expect(Object.keys(tables).sort()).toEqual([
      "areas",
      "caseload",
      "decision-times",
      "funnel",
      "overdue",
    ]);
    // 26 cases in Maktaaral, 2 of each path; the test service has no name in the catalogue.
    expect(tables.funnel!.rows).toEqual([
      ["large_family", 26, 22, 16, 12, "<10", "<10", "<10", "<10", "<10", 12],
    ]);
    const [times] = tables["decision-times"]!.rows;
    expect(times).toEqual(["large_family", 20, expect.any(Number), expect.any(Number)]);
    for (const table of Object.values(tables)) {
      for (const row of table.rows) {
        for (const cell of row) {
          if (typeof cell === "number" && Number.isInteger(cell)) expect(cell).toBeGreaterThan(9);
        }
      }
    }
    const analyst = { role: "analyst" as const, scope: NATIONAL };
    const national = await loadServices(db, analyst, everywhere, { now, periodDays: 90 });
    expect(national.caseload).toBeNull();
    expect(servicesTables(national, everywhere).caseload).toBeUndefined();
  });
});
