import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PortalUser } from "../../auth/user";
import type { Db } from "../../db/client";
import { addStaff, BOSTANDYK, casesDb } from "../../../test/cases";
import type { TestPostgres } from "../../../test/postgres";
import { acknowledgeAlert } from "./acknowledge";
import { detectAnomalies, detectRecentAnomalies } from "./detect";
import { SAMPLE_SIZE } from "./subject-sample";
import type { AnomalyThresholds } from "./thresholds";

const T: AnomalyThresholds = {
  usualFactor: 3,
  baselineDays: 14,
  minReads: 50,
  peerFactor: 5,
  outOfScopeHits: 5,
};
const AT = new Date("2026-12-05T12:00:00Z");
const DAY_START = Date.parse("2026-12-05T00:00:00Z");
const DAY_MS = 86_400_000;
const NOTE = "Checked with the district supervisor: a planned review of the caseload.";

let server: TestPostgres;
let db: Db;
const staff: Record<string, PortalUser> = {};

/** `n` audited actions of a user on the day `offset` days from the window's day. */
function events(user: PortalUser, action: string, n: number, offset = 0) {
  return Array.from({ length: n }, (_, i) => ({
    at: new Date(DAY_START + offset * DAY_MS + 8 * 3_600_000 + i * 1000),
    actorId: user.id,
    actorRole: user.role,
    action,
    subject:
      action === "out_of_scope"
        ? `case 00000000-0000-4000-8000-${String(i).padStart(12, "0")}`
        : `f${i}`,
  }));
}

/** `n` card views on each of the 14 days before the window. */
const usual = (user: PortalUser, n: number) =>
  Array.from({ length: 14 }, (_, d) => events(user, "family_card_view", n, -(d + 1))).flat();

beforeAll(async () => {
  ({ db, server } = await casesDb());
  for (const login of ["w1", "w2", "w3"]) {
    staff[login] = await addStaff(db, { login, role: "social_worker", place: BOSTANDYK });
  }
  for (const login of ["s1", "s2", "s3"]) {
    staff[login] = await addStaff(db, { login, role: "supervisor", place: BOSTANDYK });
  }
  staff.auditor = await addStaff(db, { login: "auditor", role: "auditor" });
  const { w1, w2, w3, s1, s2, s3 } = staff;
  await db.auditEvent.createMany({
    data: [
      // w1 reads 60 cards against a usual 5: above usual; peers read 20, so not above peers.
      ...usual(w1!, 5),
      ...events(w1!, "family_card_view", 60),
      ...usual(w2!, 20),
      ...events(w2!, "family_card_view", 20),
      // w3 keeps asking for cases outside the district.
      ...events(w3!, "family_card_view", 20),
      ...events(w3!, "out_of_scope", 6),
      // s1 reads 100 against a usual 40 (not 3×), but peers read 10: above peers.
      ...usual(s1!, 40),
      ...events(s1!, "family_card_view", 100),
      ...events(s2!, "family_card_view", 10),
      ...events(s3!, "family_card_view", 10),
      // The next day is outside the window.
      ...events(w2!, "family_card_view", 500, 1),
      ...events(w2!, "out_of_scope", 50, 1),
    ],
  });
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
  await server.stop();
});

const alertOf = (login: string) =>
  db.anomalyAlert.findFirstOrThrow({ where: { userId: staff[login]!.id } });

describe("anomaly detection over the audit log", () => {
  it("raises one alert of each kind for the users who crossed a threshold", async () => {
    const result = await detectAnomalies(db, { thresholds: T, at: AT });

    expect(result).toEqual({ day: "2026-12-05", raised: 3 });
    const alerts = await db.anomalyAlert.findMany({ orderBy: { kind: "asc" } });
    const logins = new Map(Object.entries(staff).map(([login, user]) => [user.id, login]));
    expect(alerts.map((a) => [a.kind, logins.get(a.userId)])).toEqual([
      ["card_reads_above_usual", "w1"],
      ["card_reads_above_peers", "s1"],
      ["out_of_scope_hits", "w3"],
    ]);
    expect(alerts[0]).toMatchObject({
      windowFrom: new Date("2026-12-05T00:00:00Z"),
      windowTo: new Date("2026-12-06T00:00:00Z"),
      acknowledgedAt: null,
    });
  });

  it("keeps the evidence: counts, usual or peers, threshold and some subjects", async () => {
    const usualAlert = await alertOf("w1");
    const peerAlert = await alertOf("s1");
    const scopeAlert = await alertOf("w3");

    expect(usualAlert.evidence).toMatchObject({ count: 60, baselineMedian: 5, threshold: 50 });
    expect((usualAlert.evidence as { subjects: string[] }).subjects).toHaveLength(SAMPLE_SIZE);
    expect(peerAlert.evidence).toMatchObject({ count: 100, peerMedian: 10, peers: 2 });
    expect(scopeAlert.evidence).toMatchObject({ count: 6, threshold: 5 });
    const subjects = (scopeAlert.evidence as { subjects: string[] }).subjects;
    expect(subjects).toHaveLength(6);
    expect(subjects.every((s) => s.startsWith("case "))).toBe(true);
  });

  it("raises nothing twice when it runs again", async () => {
    const again = await detectAnomalies(db, {
      thresholds: T,
      at: new Date("2026-12-05T23:59:00Z"),
    });
    const round = await detectRecentAnomalies(db, T, AT);

    expect(again.raised).toBe(0);
    expect(round).toEqual([
      { day: "2026-12-04", raised: 0 },
      { day: "2026-12-05", raised: 0 },
    ]);
    expect(await db.anomalyAlert.count()).toBe(3);
  });
});

describe("acknowledging an alert", () => {
  it("records who acknowledged it, when and why, with an audit record", async () => {
    const alert = await alertOf("w1");
    const at = new Date("2026-12-05T15:00:00Z");

    const done = await acknowledgeAlert(
      db,
      staff.auditor!,
      { alertId: alert.id, note: NOTE },
      { address: "10.0.0.7", now: at },
    );

    expect(done).toMatchObject({
      acknowledgedById: staff.auditor!.id,
      acknowledgedAt: at,
      acknowledgementNote: NOTE,
    });
    const audit = await db.auditEvent.findMany({ where: { action: "alert_acknowledged" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: staff.auditor!.id,
      actorRole: "auditor",
      subject: `alert ${alert.id}`,
      address: "10.0.0.7",
      detail: { kind: "card_reads_above_usual", userId: staff.w1!.id, note: NOTE },
    });
  });

  it("acknowledges an alert once only", async () => {
    const alert = await alertOf("w1");

    await expect(
      acknowledgeAlert(db, staff.auditor!, { alertId: alert.id, note: NOTE }),
    ).rejects.toThrow(/already acknowledged/);
    expect(await db.auditEvent.count({ where: { action: "alert_acknowledged" } })).toBe(1);
  });

  it("refuses a short note, a role outside audit and an alert about oneself", async () => {
    const alert = await alertOf("w3");
    const own = await db.anomalyAlert.create({
      data: {
        kind: "out_of_scope_hits",
        userId: staff.auditor!.id,
        windowFrom: new Date("2026-12-01T00:00:00Z"),
        windowTo: new Date("2026-12-02T00:00:00Z"),
        evidence: { count: 5, threshold: 5, subjects: [] },
      },
    });

    await expect(
      acknowledgeAlert(db, staff.auditor!, { alertId: alert.id, note: "seen it." }),
    ).rejects.toThrow(/at least 10 characters/);
    await expect(
      acknowledgeAlert(db, staff.s1!, { alertId: alert.id, note: NOTE }),
    ).rejects.toThrow(/Only auditors and administrators/);
    await expect(
      acknowledgeAlert(db, staff.auditor!, { alertId: own.id, note: NOTE }),
    ).rejects.toThrow(/about you/);
    expect((await alertOf("w3")).acknowledgedAt).toBeNull();
  });
});

describe("the alerts table", () => {
  it("refuses deleting an alert, open or acknowledged, and emptying the table", async () => {
    const open = await alertOf("s1");
    const acknowledged = await alertOf("w1");

    await expect(db.anomalyAlert.delete({ where: { id: open.id } })).rejects.toThrow(
      /keeps every alert/,
    );
    await expect(db.anomalyAlert.delete({ where: { id: acknowledged.id } })).rejects.toThrow(
      /keeps every alert/,
    );
    await expect(db.$executeRaw`TRUNCATE anomaly_alerts`).rejects.toThrow(/keeps every alert/);
    expect(await db.anomalyAlert.count()).toBe(4);
  });

  it("lets only the acknowledgement change, once", async () => {
    const open = await alertOf("s1");
    const acknowledged = await alertOf("w1");

    await expect(
      db.anomalyAlert.update({ where: { id: open.id }, data: { evidence: { count: 1 } } }),
    ).rejects.toThrow(/only its acknowledgement may change/);
    await expect(
      db.anomalyAlert.update({
        where: { id: acknowledged.id },
        data: { acknowledgementNote: "Rewritten afterwards" },
      }),
    ).rejects.toThrow(/already acknowledged/);
    await expect(
      db.anomalyAlert.update({ where: { id: open.id }, data: { acknowledgedAt: new Date() } }),
    ).rejects.toThrow(/names who, when and why/);
  });
});
