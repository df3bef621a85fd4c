import type { Prisma } from "../db/generated/client";
import type { Identity } from "../identity/vault";
import type { VaultKeys } from "../identity/vault-keys";
import type { Service } from "../services/types";
import type { ChannelName } from "./channel";
import type { CitizenLanguage } from "./offer-view";
import { sealPayload } from "./sealed-message";
import { renderMessage } from "./templates";
import { newToken, tokenHash } from "./token";

export type MessageKind = "offer" | "reminder";

export type LinkMessages = {
  caseId: string;
  service: Service;
  identity: Identity;
  kind: MessageKind;
  /** 0 for the offer, 1.. for reminders. */
  sequence: number;
  expiresAt: Date;
  publicUrl: string;
  keys: VaultKeys;
  now: Date;
};

/** The idempotency key of a message: one per case, kind, sequence and channel. */
export const messageKey = (caseId: string, kind: MessageKind, sequence: number, ch: ChannelName) =>
  `${caseId}:${kind}:${sequence}:${ch}`;

/** The addresses a person can be written to, by channel. */
export function addressesOf(identity: Identity): [ChannelName, string][] {
  const found: [ChannelName, string][] = [];
  if (identity.phone) found.push(["sms", identity.phone]);
  if (identity.email) found.push(["email", identity.email]);
  return found;
}

/** The Almaty calendar day of a moment, for "answer by" dates. */
export const almatyDay = (at: Date) =>
  new Date(at.getTime() + 5 * 3_600_000).toISOString().slice(0, 10);

/**
 * Issues a new answer link for a case and queues its messages, one per channel the person can
 * be reached on, inside the caller's transaction. The token appears only inside the sealed
 * messages; the link keeps its hash. Messages already queued under the same key are kept,
 * and the call then issues no link: a retry never sends twice.
 */
export async function queueLinkMessages(
  tx: Prisma.TransactionClient,
  input: LinkMessages,
): Promise<number> {
  const { caseId, service, identity, kind, sequence, keys, now } = input;
  const addresses = addressesOf(identity);
  const keysWanted = addresses.map(([channel]) => messageKey(caseId, kind, sequence, channel));
  const existing = await tx.outboxMessage.count({ where: { idempotencyKey: { in: keysWanted } } });
  if (addresses.length === 0 || existing > 0) return 0;

  const language: CitizenLanguage = identity.language ?? "kk";
  const token = newToken();
  await tx.citizenLink.create({
    data: { caseId, tokenHash: tokenHash(token), language, expiresAt: input.expiresAt },
  });
  const link = `${input.publicUrl.replace(/\/$/, "")}/n/${token}`;
  const answerBy = almatyDay(input.expiresAt);
  const text = renderMessage({ service, language, link, kind, answerBy });

  await tx.outboxMessage.createMany({
    data: addresses.map(([channel, to]) => {
      const idempotencyKey = messageKey(caseId, kind, sequence, channel);
      const body = channel === "sms" ? text.sms : text.email;
      const sealed = sealPayload(keys, idempotencyKey, { to, subject: text.subject, text: body });
      return {
        caseId,
        kind,
        sequence,
        channel,
        language,
        idempotencyKey,
        nextAttemptAt: now,
        keyVersion: sealed.keyVersion,
        nonce: Buffer.from(sealed.nonce),
        ciphertext: Buffer.from(sealed.ciphertext),
        authTag: Buffer.from(sealed.authTag),
      };
    }),
    skipDuplicates: true,
  });
  return addresses.length;
}
