import crypto from "node:crypto";
import type { PortalUser } from "../lib/auth/user";
import type { Candidate } from "../lib/cases/candidate";
import { createDb, type Db } from "../lib/db/client";
import { migratePostgres } from "../lib/db/migrate";
import { startTestPostgres, type TestPostgres } from "./postgres";

export const BOSTANDYK = { regionCode: "KZ-75", districtKato: "751410000" };
export const MAKTAARAL = { regionCode: "KZ-61", districtKato: "614400000" };

type Place = typeof BOSTANDYK;
type Staff = Pick<PortalUser, "login" | "role"> & { place?: Place; level?: "region" };

/** A staff member in the users table, as the domain functions see them. */
export async function addStaff(db: Db, staff: Staff): Promise<PortalUser> {
  const level = staff.place ? (staff.level ?? "district") : "national";
  const row = await db.user.create({
    data: {
      login: staff.login,
      displayName: staff.login,
      role: staff.role,
      scopeLevel: level,
      regionCode: staff.place?.regionCode ?? null,
      districtCode: level === "district" ? (staff.place?.districtKato ?? null) : null,
    },
  });
  const scope =
    level === "national"
      ? ({ level: "national" } as const)
      : level === "region"
        ? ({ level: "region", regionCode: staff.place!.regionCode } as const)
        : ({ level: "district", ...pick(staff.place!) } as const);
  return { id: row.id, login: row.login, displayName: row.login, role: staff.role, scope };
}

const pick = (place: Place) => ({
  regionCode: place.regionCode,
  districtCode: place.districtKato,
});

/** A fresh Postgres with the portal's migrations, for one test file. */
export async function casesDb(): Promise<{ db: Db; server: TestPostgres; url: string }> {
  const server = await startTestPostgres();
  await migratePostgres(server.url);
  return { db: createDb(server.url), server, url: server.url };
}

/** A candidate with a random subject, entitled to `service` in Bostandyk unless told. */
export function candidate(overrides: Partial<Candidate> = {}): Candidate {
  return {
    serviceId: "large_family",
    pseudonym: crypto.randomBytes(16).toString("hex"),
    familyId: crypto.randomBytes(12).toString("hex"),
    snapshotDate: "2026-12-01",
    ...BOSTANDYK,
    amount: 69_305.5,
    evidence: [{ condition: "children_under_18 >= 4", value: 5, source: "civil_registry" }],
    ...overrides,
  };
}

export const REVIEW_DAYS = { large_family: 10, disability: 5 };
export const NOW = new Date("2026-12-02T08:00:00Z");
