import type { Db } from "../db/client";
import type { Env } from "../env";
import { parseVaultKeys } from "../identity/vault-keys";
import { log } from "../log";
import type { Channel, ChannelName } from "./channel";
import { smtpChannel } from "./channels/email-smtp";
import { smsHttpChannel } from "./channels/sms-http";
import { deliverDue, type DeliveryCounts } from "./deliver";
import { followUp, type FollowUpCounts } from "./follow-up";
import { queueOffers, type OfferCounts } from "./queue-offers";

export type Channels = Partial<Record<ChannelName, Channel>>;

/** Where messages go: the SMS gateway and SMTP server of the configuration, when set. */
export function channelsOf(
  env: Pick<Env, "SMS_GATEWAY_URL" | "SMS_GATEWAY_TOKEN" | "SMTP_URL" | "NOTIFY_FROM">,
): Channels {
  const channels: Channels = {};
  if (env.SMS_GATEWAY_URL) {
    channels.sms = smsHttpChannel({ url: env.SMS_GATEWAY_URL, token: env.SMS_GATEWAY_TOKEN });
  }
  if (env.SMTP_URL) channels.email = smtpChannel({ url: env.SMTP_URL, from: env.NOTIFY_FROM });
  return channels;
}

/** The base of the citizens' links: the portal's public address. */
export const linkBase = (env: Pick<Env, "PUBLIC_URL" | "PORT">) =>
  env.PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;

export type TickCounts = OfferCounts & FollowUpCounts & DeliveryCounts;

/**
 * One round of the notification work: approved cases become offers, unanswered ones get
 * their reminders or expire, and the due messages are sent. Safe to run from several
 * processes at once (each step is conditional on the state it read, and the outbox leases).
 */
export async function notifyTick(
  db: Db,
  env: Env,
  channels: Channels,
  now = new Date(),
): Promise<TickCounts> {
  const keys = parseVaultKeys(env.IDENTITY_KEYS);
  const publicUrl = linkBase(env);
  const offers = await queueOffers(db, { keys, publicUrl, linkDays: env.NOTIFY_LINK_DAYS, now });
  const reminderDays = env.NOTIFY_REMINDER_DAYS;
  const followed = await followUp(db, { keys, publicUrl, reminderDays, now });
  const delivered = await deliverDue(db, channels, keys, now);

  return { ...offers, ...followed, ...delivered };
}

/** Runs notifyTick every `intervalMs` in this process until stopped; one round at a time. */
export function startNotifier(db: Db, env: Env, channels: Channels, intervalMs: number) {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    notifyTick(db, env, channels)
      .catch((error: unknown) => log.error({ err: error }, "notification round failed"))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();

  return { stop: () => clearInterval(timer) };
}
