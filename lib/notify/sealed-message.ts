import { z } from "zod";
import type { VaultKeys } from "../identity/vault-keys";
import { openJson, sealJson, type Sealed } from "../identity/sealed-json";

/** What an outbox message keeps sealed until it is sent: the address and the text with its link. */
export const MessagePayload = z.object({
  to: z.string().min(3).max(320),
  subject: z.string().max(300),
  text: z.string().min(1).max(5000),
});
export type MessagePayload = z.infer<typeof MessagePayload>;

/**
 * Seals a message's payload with AES-256-GCM under the identity vault's newest key; the
 * message's idempotency key is the additional data, so a payload moved to another message
 * does not open.
 */
export function sealPayload(keys: VaultKeys, messageKey: string, payload: MessagePayload) {
  return sealJson(keys, messageKey, MessagePayload.parse(payload));
}

/** Opens a sealed payload; a changed record or a missing key fails without quoting it. */
export function openPayload(keys: VaultKeys, messageKey: string, sealed: Sealed) {
  const failure = "The sealed message does not open: it was changed or the key is wrong";
  return openJson(keys, messageKey, sealed, (value) => MessagePayload.parse(value), failure);
}
