import crypto from "node:crypto";
import { z } from "zod";
import type { VaultKeys } from "../identity/vault-keys";
import { VaultError } from "../identity/vault";

/** What an outbox message keeps sealed until it is sent: the address and the text with its link. */
export const MessagePayload = z.object({
  to: z.string().min(3).max(320),
  subject: z.string().max(300),
  text: z.string().min(1).max(5000),
});
export type MessagePayload = z.infer<typeof MessagePayload>;

export type SealedPayload = {
  keyVersion: number;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
  authTag: Uint8Array;
};

/**
 * Seals a message's payload with AES-256-GCM under the identity vault's newest key; the
 * message's idempotency key is the additional data, so a payload moved to another message
 * does not open.
 */
export function sealPayload(keys: VaultKeys, messageKey: string, payload: MessagePayload) {
  const nonce = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keys.current.key, nonce);
  cipher.setAAD(Buffer.from(messageKey, "utf8"));
  const plaintext = Buffer.from(JSON.stringify(MessagePayload.parse(payload)), "utf8");
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);

  return {
    keyVersion: keys.current.version,
    nonce,
    ciphertext,
    authTag: cipher.getAuthTag(),
  } satisfies SealedPayload;
}

/** Opens a sealed payload; a changed record or a missing key fails without quoting it. */
export function openPayload(keys: VaultKeys, messageKey: string, sealed: SealedPayload) {
  const key = keys.byVersion.get(sealed.keyVersion);
  if (!key) throw new VaultError(`No identity key of version ${sealed.keyVersion} is configured`);
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", key.key, sealed.nonce);
    decipher.setAAD(Buffer.from(messageKey, "utf8"));
    decipher.setAuthTag(sealed.authTag);
    const plaintext = Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
    return MessagePayload.parse(JSON.parse(plaintext.toString("utf8")));
  } catch {
    throw new VaultError("The sealed message does not open: it was changed or the key is wrong");
  }
}
