import { z } from "zod";
import { openJson, sealJson, VaultError, type Sealed } from "./sealed-json";
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
export type SealedIdentity = Sealed;

export { VaultError };

/**
 * Seals an identity under the newest key. The subject's pseudonym is the additional
 * authenticated data, so a sealed record copied onto another subject does not open.
 */
export function sealIdentity(keys: VaultKeys, subject: string, identity: Identity): SealedIdentity {
  return sealJson(keys, subject, Identity.parse(identity));
}

/** Opens a sealed identity with the key of its version; tampering or a wrong key fails. */
export function openIdentity(keys: VaultKeys, subject: string, sealed: SealedIdentity): Identity {
  const failure = "The sealed identity does not open: it was changed or the key is wrong";
  return openJson(keys, subject, sealed, (value) => Identity.parse(value), failure);
}
