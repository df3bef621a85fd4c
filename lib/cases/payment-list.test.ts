import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PortalUser } from "../auth/user";
import type { Db } from "../db/client";
import type { Case } from "../db/generated/client";
import type { Identity } from "../identity/vault";
import { parseVaultKeys } from "../identity/vault-keys";
import { addStaff, BOSTANDYK, candidate, casesDb, MAKTAARAL, NOW } from "../../test/cases";
import type { TestPostgres } from "../../test/postgres";
import { staff, system } from "./actor";
import { approveCases } from "./approve-cases";
import { createCases } from "./create-cases";
import type { StillEntitled } from "./entitlement";
import { exportPaymentList, type PaymentList } from "./payment-list";
import { transitionCase } from "./transition-case";

const ALMALY = { regionCode: BOSTANDYK.regionCode, districtKato: "751110000" };
type Place = typeof BOSTANDYK;
const keys = parseVaultKeys(`v1:${"k".repeat(40)}`);
const NURLAN = { name: "Abenov, Nurlan", iin: "900101300017", phone: "+77017654321" };
const FORMULA = { name: '=HYPERLINK("http://evil.example","pay me")', iin: "850202400028" };
const OPTIONS = { now: NOW, reviewDays: { "large-family": 10, disability: 5 }, cooloffDays: 90 };

let server: TestPostgres;
let db: Db;
let supervisor: PortalUser;
let manager: PortalUser;
const teams = new Map<string, { worker: PortalUser; supervisor: PortalUser }>();
const cases: Record<string, Case> = {};
let list: PaymentList;

/** Everyone is still entitled but the subject of the case called `gone`. */
const allBut =
  (gone: string): StillEntitled =>
  (checked) =>
    Promise.resolve(new Set(checked.filter((c) => c.id !== cases[gone]!.id).map((c) => c.id)));

async function team(place: Place): Promise<{ worker: PortalUser; supervisor: PortalUser }> {
  const known = teams.get(place.districtKato);
  if (known) return known;

  const at = place.districtKato;
  const worker = await addStaff(db, { login: `w-${at}`, role: "social_worker", place });
  const head = await addStaff(db, { login: `s-${at}`, role: "supervisor", place });
  teams.set(at, { worker, supervisor: head });
  return { worker, supervisor: head };
}

/** A case carried through review, approval, notification and the citizen's acceptance. */
async function acceptedCase(place: Place, serviceId: string, identity?: Identity): Promise<Case> {
  const c = candidate({ serviceId, ...place, ...(identity ? { identity } : {}) });
  await createCases(db, [c], { ...OPTIONS, vaultKeys: keys });
  const created = await db.case.findFirstOrThrow({ where: { subject: c.pseudonym } });
  const { worker, supervisor: head } = await team(place);
  const move = { caseId: created.id };
  await transitionCase(db, staff(worker), {
    ...move,
    version: 1,
    action: "recommend",
    reason: "recommend_approve",
  });
  const everyone: StillEntitled = (all) => Promise.resolve(new Set(all.map((x) => x.id)));
  await approveCases(db, head, { cases: [{ ...move, version: 2 }] }, everyone, NOW);
  await transitionCase(db, system("notify"), {
    ...move,
    version: 3,
    action: "notify",
    reason: "notification_sent",
  });
  return transitionCase(db, system("citizen"), {
    ...move,
    version: 4,
    action: "accept",
    reason: "citizen_accepted",
  });
}

const linesOf = (csv: string) => csv.split("\r\n").filter((line) => line !== "");
const lineOf = (csv: string, c: Case) => linesOf(csv).find((line) => line.startsWith(c.id));

beforeAll(async () => {
  ({ db, server } = await casesDb());
  supervisor = (await team(BOSTANDYK)).supervisor;
  manager = await addStaff(db, {
    login: "m1",
    role: "regional_manager",
    place: BOSTANDYK,
    level: "region",
  });
  cases.paid = await acceptedCase(BOSTANDYK, "large-family", NURLAN);
  cases.formula = await acceptedCase(BOSTANDYK, "disability", FORMULA);
  cases.gone = await acceptedCase(BOSTANDYK, "large-family", NURLAN);
  cases.nameless = await acceptedCase(BOSTANDYK, "disability");
  cases.almaly = await acceptedCase(ALMALY, "disability", NURLAN);
  cases.elsewhere = await acceptedCase(MAKTAARAL, "large-family", NURLAN);
  const inReview = candidate({ serviceId: "disability", ...BOSTANDYK, identity: NURLAN });
  await createCases(db, [inReview], { ...OPTIONS, vaultKeys: keys });

  list = await exportPaymentList(db, supervisor, { stillEntitled: allBut("gone"), keys });
}, 180_000);

afterAll(async () => {
  await db.$disconnect();
  await server.stop();
});

describe("the payment list export", () => {
  it("lists each accepted case still entitled, with the recipient opened from the vault", () => {
    const [heading] = linesOf(list.csv);
    expect(heading).toBe(
      "case_id,service_id,service_name_ru,amount_kzt,district_kato,recipient_iin," +
        "recipient_name,snapshot_date",
    );
    expect(lineOf(list.csv, cases.paid!)).toBe(
      `${cases.paid!.id},large-family,Пособие многодетной семье,69305.50,751410000,` +
        `900101300017,"Abenov, Nurlan",2026-12-01`,
    );
    expect(list.rows).toBe(2);
    expect(linesOf(list.csv)).toHaveLength(3);
  });

  it("keeps cases of another district out of a district supervisor's list", () => {
    expect(list.csv).not.toContain(cases.almaly!.id);
    expect(list.csv).not.toContain(cases.elsewhere!.id);
  });

  it("gives a regional manager the cases of every district of the region, no other", async () => {
    const everyone: StillEntitled = (all) => Promise.resolve(new Set(all.map((x) => x.id)));

    const regional = await exportPaymentList(db, manager, { stillEntitled: everyone, keys });

    expect(lineOf(regional.csv, cases.almaly!)).toBeDefined();
    expect(lineOf(regional.csv, cases.paid!)).toBeDefined();
    expect(regional.csv).not.toContain(cases.elsewhere!.id);
  });

  it("leaves off, flags and counts a case whose subject is no longer entitled", async () => {
    expect(list.noLongerEntitled).toEqual([cases.gone!.id]);
    expect(list.csv).not.toContain(cases.gone!.id);
    const flagged = await db.case.findUniqueOrThrow({ where: { id: cases.gone!.id } });
    expect(flagged).toMatchObject({ state: "accepted", flag: "no_longer_entitled" });
  });

  it("leaves off and reports a payable case without an identity in the vault", () => {
    expect(list.withoutIdentity).toEqual([cases.nameless!.id]);
    expect(list.csv).not.toContain(cases.nameless!.id);
  });

  it("opens a recipient name that reads as a formula with an apostrophe", () => {
    expect(lineOf(list.csv, cases.formula!)).toContain(
      `"'=HYPERLINK(""http://evil.example"",""pay me"")"`,
    );
  });

  it("writes one audit record of who, how many and which were left off, no identity", async () => {
    const audits = await db.auditEvent.findMany({
      where: { action: "export", actorId: supervisor.id },
    });

    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorRole: "supervisor", subject: "payment list" });
    expect(audits[0]!.detail).toEqual({
      rows: 2,
      noLongerEntitled: [cases.gone!.id],
      withoutIdentity: [cases.nameless!.id],
    });
    const dump = await db.$queryRaw<{ text: string }[]>`
      SELECT row_to_json(a)::text AS text FROM audit_events a`;
    expect(dump.map((row) => row.text).join("\n")).not.toMatch(/Abenov|900101300017|HYPERLINK/);
  });

  it("is refused to a social worker, writing nothing", async () => {
    const { worker } = await team(BOSTANDYK);
    const before = await db.auditEvent.count({ where: { action: "export" } });

    await expect(
      exportPaymentList(db, worker, { stillEntitled: allBut("gone"), keys }),
    ).rejects.toThrow(/Only supervisors and regional managers/);
    expect(await db.auditEvent.count({ where: { action: "export" } })).toBe(before);
  });
});
