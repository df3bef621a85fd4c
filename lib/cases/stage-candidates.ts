import type { Prisma } from "../db/generated/client";
import type { VaultKeys } from "../identity/vault-keys";
import { sealIdentity } from "../identity/vault";
import type { Candidate } from "./candidate";

const BATCH = 20_000;

/**
 * Puts the candidates into a temporary table of the transaction (dropped at commit), a batch
 * of column arrays per statement: the set-wise steps of createCases work on it. An identity
 * is sealed here, so it reaches Postgres only as ciphertext.
 */
export async function stageCandidates(
  tx: Prisma.TransactionClient,
  candidates: Candidate[],
  reviewDue: (serviceId: string) => Date,
  keys: VaultKeys | null,
): Promise<void> {
  await tx.$executeRaw`
    CREATE TEMP TABLE case_candidates (
      n int, service_id text, subject text, family_id text, snapshot_date date,
      region_code text, district_kato text, amount numeric, evidence jsonb,
      review_due timestamp(3), key_version int, nonce bytea, ciphertext bytea, auth_tag bytea
    ) ON COMMIT DROP`;

  for (let start = 0; start < candidates.length; start += BATCH) {
    const batch = candidates.slice(start, start + BATCH);
    const sealed = batch.map((c) =>
      c.identity && keys ? sealIdentity(keys, c.pseudonym, c.identity) : null,
    );
    const b64 = (pick: (s: NonNullable<(typeof sealed)[number]>) => Uint8Array) =>
      sealed.map((s) => (s ? Buffer.from(pick(s)).toString("base64") : null));

    await tx.$executeRaw`
      INSERT INTO case_candidates
      SELECT n, service_id, subject, family_id, snapshot_date, region_code, district_kato,
        amount, evidence, review_due, key_version,
        decode(nonce, 'base64'), decode(ciphertext, 'base64'), decode(auth_tag, 'base64')
      FROM unnest(
        ${batch.map((_, i) => start + i)}::int[],
        ${batch.map((c) => c.serviceId)}::text[],
        ${batch.map((c) => c.pseudonym)}::text[],
        ${batch.map((c) => c.familyId)}::text[],
        ${batch.map((c) => c.snapshotDate)}::date[],
        ${batch.map((c) => c.regionCode)}::text[],
        ${batch.map((c) => c.districtKato)}::text[],
        ${batch.map((c) => String(c.amount))}::numeric[],
        ${batch.map((c) => JSON.stringify(c.evidence))}::jsonb[],
        ${batch.map((c) => reviewDue(c.serviceId).toISOString())}::timestamp(3)[],
        ${sealed.map((s) => s?.keyVersion ?? null)}::int[],
        ${b64((s) => s.nonce)}::text[],
        ${b64((s) => s.ciphertext)}::text[],
        ${b64((s) => s.authTag)}::text[]
      ) AS s(n, service_id, subject, family_id, snapshot_date, region_code, district_kato,
        amount, evidence, review_due, key_version, nonce, ciphertext, auth_tag)`;
  }
}
