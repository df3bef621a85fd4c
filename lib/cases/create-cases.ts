import { z } from "zod";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { VaultKeys } from "../identity/vault-keys";
import { log } from "../log";
import { planAssignment, workloads, type AssignedRange } from "./assignment";
import { Candidate, CreateOptions } from "./candidate";
import { CaseError } from "./errors";
import { stageCandidates } from "./stage-candidates";

export type CreateCounts = {
  created: number;
  /** The subject already has an open case for the service. */
  skippedOpen: number;
  /** The subject declined the service within the cool-off period. */
  skippedCooloff: number;
  /** The same service and subject more than once in the input. */
  duplicates: number;
  /** Created without an assignee: the district has no active social worker. */
  unassigned: number;
};

const DAY_MS = 86_400_000;

async function count(tx: Prisma.TransactionClient, query: Prisma.Sql): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number }[]>(query);
  return row?.n ?? 0;
}

/**
 * Turns entitled candidates into cases, in one transaction: skips a subject with an open case
 * for the same service or who declined it within the cool-off, assigns each new case to the
 * social worker of its district with the least open workload, seals identities into the vault
 * and writes each case's first event. Idempotent: a rerun creates nothing (and the database's
 * one-open-case index holds even against a concurrent run). Set-wise, for 100,000s of rows.
 */
export async function createCases(
  db: Db,
  input: Candidate[],
  options: z.input<typeof CreateOptions> & { vaultKeys?: VaultKeys },
): Promise<CreateCounts> {
  const candidates = z.array(Candidate).parse(input);
  const { now, reviewDays, cooloffDays } = CreateOptions.parse(options);
  const reviewDue = (serviceId: string) => {
    const days = reviewDays[serviceId];
    if (days === undefined) throw new CaseError(`No review deadline for service ${serviceId}`);
    return new Date(now.getTime() + days * DAY_MS);
  };
  if (candidates.some((c) => c.identity) && !options.vaultKeys) {
    throw new CaseError("Identities were given but no identity keys are configured");
  }
  const cooloffFrom = new Date(now.getTime() - cooloffDays * DAY_MS);

  const counts = await db.$transaction(
    async (tx) => {
      await stageCandidates(tx, candidates, reviewDue, options.vaultKeys ?? null);
      const duplicates = await count(
        tx,
        Prisma.sql`WITH gone AS (DELETE FROM case_candidates a USING case_candidates b
          WHERE a.service_id = b.service_id AND a.subject = b.subject AND a.n > b.n
          RETURNING a.n) SELECT count(DISTINCT n)::int AS n FROM gone`,
      );
      const skippedOpen = await count(
        tx,
        Prisma.sql`WITH gone AS (DELETE FROM case_candidates s USING cases c
          WHERE c.service_id = s.service_id AND c.subject = s.subject
            AND c.state IN ('candidate', 'in_review', 'approved', 'notified', 'accepted')
          RETURNING s.n) SELECT count(DISTINCT n)::int AS n FROM gone`,
      );
      const skippedCooloff = await count(
        tx,
        Prisma.sql`WITH gone AS (DELETE FROM case_candidates s WHERE EXISTS (
            SELECT 1 FROM cases c WHERE c.service_id = s.service_id AND c.subject = s.subject
              AND c.declined_at IS NOT NULL AND c.declined_at >= ${cooloffFrom})
          RETURNING s.n) SELECT count(*)::int AS n FROM gone`,
      );

      const ranges = await assignmentRanges(tx);
      const staged = await count(tx, Prisma.sql`SELECT count(*)::int AS n FROM case_candidates`);
      const { created, unassigned } = await insertCases(tx, ranges, now);
      // A concurrent run may have created some of the same cases since they were staged.
      const raced = staged - created;
      return { created, skippedOpen: skippedOpen + raced, skippedCooloff, duplicates, unassigned };
    },
    { timeout: 300_000, maxWait: 30_000 },
  );

  log.info({ ...counts, candidates: candidates.length }, "cases created");
  return counts;
}

async function assignmentRanges(tx: Prisma.TransactionClient): Promise<AssignedRange[]> {
  const districts = await tx.$queryRaw<{ district: string; n: number }[]>`
    SELECT district_kato AS district, count(*)::int AS n FROM case_candidates GROUP BY 1`;
  const workers = await workloads(
    tx,
    districts.map((d) => d.district),
  );

  return districts.flatMap((d) => planAssignment(workers, d.district, d.n));
}

/** Inserts the staged cases with their assignees, first events and sealed identities. */
async function insertCases(
  tx: Prisma.TransactionClient,
  ranges: AssignedRange[],
  now: Date,
): Promise<{ created: number; unassigned: number }> {
  const [row] = await tx.$queryRaw<{ created: number; unassigned: number }[]>(
    Prisma.sql`
    WITH numbered AS (
      SELECT s.*, row_number() OVER (PARTITION BY s.district_kato ORDER BY s.n)::int AS rn
      FROM case_candidates s
    ), created AS (
      INSERT INTO cases (service_id, subject, family_id, snapshot_date, region_code,
        district_kato, amount, evidence, assignee_id, review_due, created_at, updated_at)
      SELECT s.service_id, s.subject, s.family_id, s.snapshot_date, s.region_code,
        s.district_kato, s.amount, s.evidence, a.worker, s.review_due, ${now}, ${now}
      FROM numbered s
      LEFT JOIN unnest(
        ${ranges.map((r) => r.districtKato)}::text[],
        ${ranges.map((r) => r.workerId)}::uuid[],
        ${ranges.map((r) => r.first)}::int[],
        ${ranges.map((r) => r.last)}::int[]
      ) AS a(district, worker, first, last)
        ON a.district = s.district_kato AND s.rn BETWEEN a.first AND a.last
      ORDER BY s.n
      ON CONFLICT DO NOTHING
      RETURNING id, service_id, subject, assignee_id
    ), events AS (
      INSERT INTO case_events (case_id, at, actor_system, to_state, reason)
      SELECT id, ${now}, 'sync', 'candidate', 'entitlement_found' FROM created
    ), sealed AS (
      INSERT INTO identity_records (subject, key_version, nonce, ciphertext, auth_tag, updated_at)
      SELECT DISTINCT ON (s.subject) s.subject, s.key_version, s.nonce, s.ciphertext, s.auth_tag,
        ${now}
      FROM case_candidates s JOIN created c ON c.service_id = s.service_id AND c.subject = s.subject
      WHERE s.ciphertext IS NOT NULL
      ORDER BY s.subject, s.n
      ON CONFLICT (subject) DO UPDATE SET key_version = EXCLUDED.key_version,
        nonce = EXCLUDED.nonce, ciphertext = EXCLUDED.ciphertext, auth_tag = EXCLUDED.auth_tag,
        updated_at = EXCLUDED.updated_at
    )
    SELECT count(*)::int AS created,
      count(*) FILTER (WHERE assignee_id IS NULL)::int AS unassigned
    FROM created`,
  );

  return row ?? { created: 0, unassigned: 0 };
}
