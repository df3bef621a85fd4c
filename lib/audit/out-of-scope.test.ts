import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PortalUser } from "../auth/user";
import { caseOutsideScope } from "../cases/case-outside-scope";
import { createCases } from "../cases/create-cases";
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
import { recordOutOfScope } from "./out-of-scope";

let server: TestPostgres;
let db: Db;
let caseId: string;
let outsider: PortalUser;
let insider: PortalUser;
let manager: PortalUser;

beforeAll(async () => {
  ({ db, server } = await casesDb());
  outsider = await addStaff(db, { login: "w-maktaaral", role: "social_worker", place: MAKTAARAL });
  insider = await addStaff(db, { login: "w-bostandyk", role: "social_worker", place: BOSTANDYK });
  manager = await addStaff(db, {
    login: "m-almaty",
    role: "regional_manager",
    place: BOSTANDYK,
    level: "region",
  });
  const c = candidate();
  await createCases(db, [c], { now: NOW, reviewDays: REVIEW_DAYS, cooloffDays: 90 });
  caseId = (await db.case.findFirstOrThrow({ where: { subject: c.pseudonym } })).id;
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
  await server.stop();
});

/** What the case page does when its scoped read found nothing. */
const hit = (user: PortalUser, id: string) =>
  recordOutOfScope(db, {
    user,
    kind: "case",
    id,
    address: "10.0.0.9",
    outside: () => caseOutsideScope(db, user.scope, id),
  });

const events = () => db.auditEvent.findMany({ where: { action: "out_of_scope" } });

describe("refused reads outside the scope", () => {
  it("records an existing case of another district, by id and kind only", async () => {
    expect(await hit(outsider, caseId)).toBe(true);

    const recorded = await events();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      actorId: outsider.id,
      actorRole: "social_worker",
      subject: `case ${caseId}`,
      address: "10.0.0.9",
      detail: { kind: "case" },
    });
  });

  it("records nothing for a case that does not exist", async () => {
    expect(await hit(outsider, "7d3f4c1e-8a2b-4c5d-9e6f-0a1b2c3d4e5f")).toBe(false);

    expect(await events()).toHaveLength(1);
  });

  it("records nothing for a case inside the scope, of the district or the region", async () => {
    expect(await hit(insider, caseId)).toBe(false);
    expect(await hit(manager, caseId)).toBe(false);

    expect(await events()).toHaveLength(1);
  });
});
