import crypto from "node:crypto";
import type { PortalUser } from "../lib/auth/user";
import type { Candidate } from "../lib/cases/candidate";
import type { Db } from "../lib/db/client";
import { DISTRICTS } from "../lib/geo";

export const SERVICES = ["large_family", "disability", "childcare", "asp", "job_loss"];
export const REVIEW_DAYS = Object.fromEntries(SERVICES.map((s) => [s, 10]));

/** Three social workers and a supervisor in every district, a manager in every region. */
export async function seedStaff(db: Db): Promise<PortalUser[]> {
  const rows = DISTRICTS.flatMap((d) => [
    ...[1, 2, 3].map((i) => ({ role: "social_worker" as const, i, d })),
    { role: "supervisor" as const, i: 0, d },
  ]).map(({ role, i, d }) => ({
    login: `${role}.${d.kato}.${i}`,
    displayName: `${role} ${i}`,
    role,
    scopeLevel: "district" as const,
    regionCode: d.regionCode,
    districtCode: d.kato,
  }));
  const regions = [...new Set(DISTRICTS.map((d) => d.regionCode))];
  const managers = regions.map((regionCode) => ({
    login: `manager.${regionCode}`,
    displayName: "manager",
    role: "regional_manager" as const,
    scopeLevel: "region" as const,
    regionCode,
    districtCode: null,
  }));
  await db.user.createMany({ data: [...rows, ...managers] });

  const users = await db.user.findMany();
  return users.map((u) => ({
    id: u.id,
    login: u.login,
    displayName: u.displayName,
    role: u.role,
    scope:
      u.scopeLevel === "region"
        ? { level: "region", regionCode: u.regionCode! }
        : { level: "district", regionCode: u.regionCode!, districtCode: u.districtCode! },
  }));
}

/** New candidates spread over every district and service, each with an identity to seal. */
export function benchCandidates(count: number): Candidate[] {
  return Array.from({ length: count }, (_, i) => {
    const district = DISTRICTS[i % DISTRICTS.length]!;
    return {
      serviceId: SERVICES[i % SERVICES.length]!,
      pseudonym: crypto.randomBytes(16).toString("hex"),
      familyId: crypto.randomBytes(12).toString("hex"),
      snapshotDate: "2026-12-01",
      regionCode: district.regionCode,
      districtKato: district.kato,
      amount: 46_228 + (i % 1000),
      evidence: [{ condition: "members_in_need >= 1", value: 1 + (i % 5), source: "tax" }],
      identity: { name: "Bench Person", iin: "900101300017", phone: "+77010000000" },
    };
  });
}

/**
 * Fills the cases table up to `total` rows in one statement (generate_series), spread over
 * every social worker, state and a deadline from 20 days ago to 20 days ahead.
 */
export async function fillCases(db: Db, total: number, now: Date): Promise<void> {
  const existing = await db.case.count();
  const missing = total - existing;
  if (missing <= 0) return;

  await db.$executeRaw`
    WITH workers AS (
      SELECT id, region_code, district_code,
        (row_number() OVER (ORDER BY id) - 1)::int AS n, count(*) OVER ()::int AS total
      FROM users WHERE role = 'social_worker'
    )
    INSERT INTO cases (service_id, subject, family_id, snapshot_date, region_code,
      district_kato, amount, evidence, state, assignee_id, review_due, created_at, updated_at)
    SELECT (${SERVICES}::text[])[1 + g % 5], md5('bench' || g), left(md5('family' || g), 24),
      DATE '2026-11-01', w.region_code, w.district_code, 40000 + g % 50000, '[]'::jsonb,
      (enum_range(NULL::"CaseState"))[1 + (g / 7) % 10], w.id,
      ${now}::timestamp(3) + ((g % 41) - 20) * interval '1 day', ${now}, ${now}
    FROM generate_series(1, ${missing}::int) AS g
    JOIN workers w ON w.n = g % w.total`;
  // What autovacuum would do after a bulk load: statistics and the visibility map, so counts
  // are read from the indexes alone.
  await db.$executeRaw`VACUUM ANALYZE cases`;
}
