import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PortalUser } from "../auth/user";
import type { Db } from "../db/client";
import { parseVaultKeys } from "../identity/vault-keys";
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
import { CaseNotFoundError } from "./errors";
import { familyCases, REVEAL_HOURS } from "./family-cases";
import { revealIdentity } from "./reveal-identity";

let server: TestPostgres;
let db: Db;
let worker: PortalUser;
let otherWorker: PortalUser;
let manager: PortalUser;
let caseId: string;
let familyId: string;
let supervisor: PortalUser;
const keys = parseVaultKeys(`v1:${"k".repeat(40)}`);
const PERSON = {
  name: "Nurlan Abenov",
  iin: "900101300017",
  phone: "+77017654321",
  address: "Almaty, Timiryazev 42",
};
const REASON = "Calling the family to confirm the bank account";

beforeAll(async () => {
  ({ db, server } = await casesDb());
  worker = await addStaff(db, { login: "w1", role: "social_worker", place: BOSTANDYK });
  otherWorker = await addStaff(db, { login: "w2", role: "social_worker", place: MAKTAARAL });
  manager = await addStaff(db, {
    login: "m1",
    role: "regional_manager",
    place: BOSTANDYK,
    level: "region",
  });
  const c = candidate({ identity: PERSON });
  await createCases(db, [c], {
    now: NOW,
    reviewDays: REVIEW_DAYS,
    cooloffDays: 90,
    vaultKeys: keys,
  });
  caseId = (await db.case.findFirstOrThrow({ where: { subject: c.pseudonym } })).id;
  familyId = c.familyId;
  supervisor = await addStaff(db, { login: "s1", role: "supervisor", place: BOSTANDYK });
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
  await server.stop();
});

describe("identity reveal", () => {
  it("keeps the identity sealed in Postgres: no name, IIN or phone in any column", async () => {
    const dump = await db.$queryRaw<{ text: string }[]>`
      SELECT row_to_json(r)::text AS text FROM identity_records r
      UNION ALL SELECT row_to_json(c)::text FROM cases c`;

    const all = dump.map((row) => row.text).join("\n");
    expect(all).not.toMatch(/Nurlan|900101300017|7654321|Timiryazev/);
    expect(await db.identityRecord.count()).toBe(1);
  });

  it("shows the identity to a worker of the district who gives a reason, audited", async () => {
    const identity = await revealIdentity(db, worker, { caseId, reason: REASON }, keys);

    expect(identity).toEqual(PERSON);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "identity_reveal" } });
    expect(audit).toMatchObject({ actorId: worker.id, subject: `case ${caseId}` });
    expect(audit.detail).toMatchObject({ reason: REASON });
    expect(JSON.stringify(audit.detail)).not.toMatch(/Nurlan|900101300017|7654321/);
  });

  it("asks for a reason and writes nothing without one", async () => {
    const before = await db.auditEvent.count({ where: { action: "identity_reveal" } });

    await expect(revealIdentity(db, worker, { caseId, reason: "  " }, keys)).rejects.toThrow(
      /Say why you need to see who this is/,
    );
    expect(await db.auditEvent.count({ where: { action: "identity_reveal" } })).toBe(before);
  });

  it("refuses a worker of another district and a manager, writing no audit record", async () => {
    const before = await db.auditEvent.count({ where: { action: "identity_reveal" } });

    await expect(revealIdentity(db, otherWorker, { caseId, reason: REASON }, keys)).rejects.toThrow(
      CaseNotFoundError,
    );
    await expect(revealIdentity(db, manager, { caseId, reason: REASON }, keys)).rejects.toThrow(
      /cannot reveal identities/,
    );
    expect(await db.auditEvent.count({ where: { action: "identity_reveal" } })).toBe(before);
  });
});

describe("names on the family card", () => {
  it("shows the name only to the worker who revealed it, for a few hours", async () => {
    await revealIdentity(db, worker, { caseId, reason: REASON }, keys);
    const later = (hours: number) => new Date(Date.now() + hours * 3_600_000);

    const seen = await familyCases(db, worker, familyId, keys);
    expect(seen).toEqual([expect.objectContaining({ id: caseId, name: PERSON.name })]);
    const [colleague] = await familyCases(db, supervisor, familyId, keys);
    expect(colleague).toMatchObject({ id: caseId, name: null });
    const [expired] = await familyCases(db, worker, familyId, keys, later(REVEAL_HOURS + 1));
    expect(expired).toMatchObject({ id: caseId, name: null });
  });

  it("lists nothing of a family outside the viewer's scope", async () => {
    expect(await familyCases(db, otherWorker, familyId, keys)).toEqual([]);
  });
});
