import type { Db } from "../db/client";
import type { OutboxMessage } from "../db/generated/client";
import type { VaultKeys } from "../identity/vault-keys";
import { log } from "../log";
import { ChannelError, type Channel, type ChannelName } from "./channel";
import { openPayload } from "./sealed-message";

/** Attempts before a message is given up as failed. */
export const MAX_ATTEMPTS = 6;

/** Waits between attempts: 1 min, 5 min, 15 min, 1 h, 4 h. */
const BACKOFF_MINUTES = [1, 5, 15, 60, 240];

/** How long a worker holds the messages it took, so another worker leaves them alone. */
const LEASE_MS = 2 * 60_000;

export const backoffAfter = (attempts: number) =>
  BACKOFF_MINUTES[Math.min(attempts, BACKOFF_MINUTES.length) - 1]! * 60_000;

export type DeliveryCounts = { sent: number; retrying: number; failed: number };

const WIPED = { keyVersion: null, nonce: null, ciphertext: null, authTag: null };

/** Takes the due messages, leasing them so that two workers never send the same one. */
async function claimDue(db: Db, now: Date, limit: number): Promise<OutboxMessage[]> {
  const until = new Date(now.getTime() + LEASE_MS);
  const ids = await db.$queryRaw<{ id: string }[]>`
    UPDATE outbox_messages SET next_attempt_at = ${until}
    WHERE id IN (
      SELECT id FROM outbox_messages
      WHERE status = 'queued' AND next_attempt_at <= ${now}
      ORDER BY next_attempt_at, id LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id::text AS id`;

  return db.outboxMessage.findMany({ where: { id: { in: ids.map((row) => row.id) } } });
}

async function attempt(
  db: Db,
  message: OutboxMessage,
  channel: Channel | undefined,
  keys: VaultKeys,
  now: Date,
): Promise<keyof DeliveryCounts> {
  const attempts = message.attempts + 1;
  try {
    if (!channel) throw new ChannelError(`No ${message.channel} channel is configured`, true);
    if (!message.ciphertext || !message.nonce || !message.authTag || !message.keyVersion) {
      throw new ChannelError("The message has no sealed payload left to send", false);
    }
    const payload = openPayload(keys, message.idempotencyKey, {
      keyVersion: message.keyVersion,
      nonce: message.nonce,
      ciphertext: message.ciphertext,
      authTag: message.authTag,
    });
    const result = await channel.send({
      id: message.idempotencyKey,
      channel: message.channel,
      ...payload,
    });
    // Once sent, the address and the link are no longer kept.
    await db.outboxMessage.update({
      where: { id: message.id },
      data: { status: "sent", attempts, sentAt: now, providerId: result.providerId, ...WIPED },
    });
    return "sent";
  } catch (error) {
    const retryable = error instanceof ChannelError ? error.retryable : true;
    const reason = error instanceof ChannelError ? error.message : "Unexpected error";
    if (!(error instanceof ChannelError)) log.error({ err: error }, "message send failed");
    const giveUp = !retryable || attempts >= MAX_ATTEMPTS;
    await db.outboxMessage.update({
      where: { id: message.id },
      data: giveUp
        ? { status: "failed", attempts, failedAt: now, lastError: reason, ...WIPED }
        : {
            attempts,
            lastError: reason,
            nextAttemptAt: new Date(now.getTime() + backoffAfter(attempts)),
          },
    });
    return giveUp ? "failed" : "retrying";
  }
}

/**
 * Sends the messages that are due through their channels. A send that fails is tried again
 * with growing waits and given up after MAX_ATTEMPTS, or at once when the provider refused
 * the address. Each message carries its idempotency key to the provider, so a retry after a
 * lost answer is not delivered twice.
 */
export async function deliverDue(
  db: Db,
  channels: Partial<Record<ChannelName, Channel>>,
  keys: VaultKeys,
  now = new Date(),
  limit = 100,
): Promise<DeliveryCounts> {
  const counts: DeliveryCounts = { sent: 0, retrying: 0, failed: 0 };
  for (const message of await claimDue(db, now, limit)) {
    counts[await attempt(db, message, channels[message.channel], keys, now)]++;
  }
  if (counts.sent + counts.retrying + counts.failed > 0) log.info(counts, "outbox delivered");
  return counts;
}
