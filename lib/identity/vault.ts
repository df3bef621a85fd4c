import crypto from "node:crypto";
import { z } from "zod";
import type { VaultKeys } from "./vault-keys";

/** What the vault keeps about a person: the only place their name, IIN and phone are stored. */
export const Identity = z.object({
  name: z.string().min(1).max(300),
  iin: z.string().regex(/^\d{12}$/, "an IIN has 12 digits"),
  phone: z.string().max(30).optional(),
  address: z.string().max(500).optional(),
  email: z.email().max(320).optional(),
  /** The language the person chose for state notifications (mobile contacts registry). */
  language: z.enum(["kk", "ru", "en"]).optional(),
});
export type Identity = z.infer<typeof Identity>;

/** An identity sealed with AES-256-GCM; never holds plaintext. */
export type SealedIdentity = {
  keyVersion: number;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
  authTag: Uint8Array;
};

export class VaultError extends Error {
  override name = "VaultError";
}

/**
 * Seals an identity under the newest key. The subject's pseudonym is the additional
 * authenticated data, so a sealed record copied onto another subject does not open.
 */
export function sealIdentity(keys: VaultKeys, subject: string, identity: Identity): SealedIdentity {
  const plaintext = Buffer.from(JSON.stringify(Identity.parse(identity)), "utf8");
  const nonce = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keys.current.key, nonce);
  cipher.setAAD(Buffer.from(subject, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);

  return { keyVersion: keys.current.version, nonce, ciphertext, authTag: cipher.getAuthTag() };
}

/** Opens a sealed identity with the key of its version; tampering or a wrong key fails. */
export function openIdentity(keys: VaultKeys, subject: string, sealed: SealedIdentity): Identity {
  const key = keys.byVersion.get(sealed.keyVersion);
  if (!key) throw new VaultError(`No identity key of version ${sealed.keyVersion} is configured`);

  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", key.key, sealed.nonce);
    decipher.setAAD(Buffer.from(subject, "utf8"));
    decipher.setAuthTag(sealed.authTag);
    const plaintext = Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
    return Identity.parse(JSON.parse(plaintext.toString("utf8")));
  } catch {
    // Never the cause: it could quote the decrypted bytes.
    throw new VaultError("The sealed identity does not open: it was changed or the key is wrong");
  }
}
