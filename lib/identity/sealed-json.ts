import crypto from "node:crypto";
import type { VaultKeys } from "./vault-keys";

/** A value sealed with AES-256-GCM under a versioned vault key; never holds plaintext. */
export type Sealed = {
  keyVersion: number;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
  authTag: Uint8Array;
};

export class VaultError extends Error {
  override name = "VaultError";
}

/**
 * Seals a JSON value under the newest key. `boundTo` is the additional authenticated data
 * (a subject's pseudonym, a message's key), so a sealed record copied elsewhere does not open.
 */
export function sealJson(keys: VaultKeys, boundTo: string, value: unknown): Sealed {
  const nonce = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keys.current.key, nonce);
  cipher.setAAD(Buffer.from(boundTo, "utf8"));
  const plaintext = Buffer.from(JSON.stringify(value), "utf8");
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);

  return { keyVersion: keys.current.version, nonce, ciphertext, authTag: cipher.getAuthTag() };
}

/**
 * Opens a sealed value with the key of its version and hands it to `parse`. Tampering, a
 * wrong binding or a wrong key fails with `failure`, never quoting the decrypted bytes.
 */
export function openJson<T>(
  keys: VaultKeys,
  boundTo: string,
  sealed: Sealed,
  parse: (value: unknown) => T,
  failure: string,
): T {
  const key = keys.byVersion.get(sealed.keyVersion);
  if (!key) throw new VaultError(`No identity key of version ${sealed.keyVersion} is configured`);

  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", key.key, sealed.nonce);
    decipher.setAAD(Buffer.from(boundTo, "utf8"));
    decipher.setAuthTag(sealed.authTag);
    const plaintext = Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
    return parse(JSON.parse(plaintext.toString("utf8")));
  } catch {
    throw new VaultError(failure);
  }
}
