import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { VaultKeys } from "../identity/vault-keys";
import { sealIdentity, type Identity } from "../identity/vault";

export type SubjectIdentity = { subject: string; identity: Identity };

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

/**
 * Seals the identities of case subjects into the vault, replacing what it held for them (a new
 * phone number or address reaches the vault with the next sync). Only subjects with an open
 * case are kept (the states of OPEN_STATES): the vault holds no one the portal has no
 * business contacting. Returns how many identities were stored.
 */
export async function storeIdentities(
  db: Db,
  keys: VaultKeys,
  identities: SubjectIdentity[],
  now = new Date(),
): Promise<number> {
  if (identities.length === 0) return 0;
  const sealed = identities.map((i) => ({
    subject: i.subject,
    ...sealIdentity(keys, i.subject, i.identity),
  }));

  return db.$executeRaw(Prisma.sql`
    INSERT INTO identity_records (subject, key_version, nonce, ciphertext, auth_tag, updated_at)
    SELECT s.subject, s.key_version, decode(s.nonce, 'base64'), decode(s.ciphertext, 'base64'),
      decode(s.auth_tag, 'base64'), ${now}
    FROM unnest(
      ${sealed.map((s) => s.subject)}::text[],
      ${sealed.map((s) => s.keyVersion)}::int[],
      ${sealed.map((s) => b64(s.nonce))}::text[],
      ${sealed.map((s) => b64(s.ciphertext))}::text[],
      ${sealed.map((s) => b64(s.authTag))}::text[]
    ) AS s(subject, key_version, nonce, ciphertext, auth_tag)
    WHERE EXISTS (
      SELECT 1 FROM cases c
      WHERE c.subject = s.subject
        AND c.state IN ('candidate', 'in_review', 'approved', 'notified', 'accepted')
    )
    ON CONFLICT (subject) DO UPDATE SET key_version = EXCLUDED.key_version,
      nonce = EXCLUDED.nonce, ciphertext = EXCLUDED.ciphertext, auth_tag = EXCLUDED.auth_tag,
      updated_at = EXCLUDED.updated_at`);
}
