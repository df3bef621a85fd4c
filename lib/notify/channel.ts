/** The two ways a message reaches a citizen. */
export const CHANNELS = ["sms", "email"] as const;
export type ChannelName = (typeof CHANNELS)[number];

/** One message as a channel sends it; `id` is the outbox's idempotency key. */
export type OutgoingMessage = {
  id: string;
  channel: ChannelName;
  /** A phone number in E.164 (+7…) for SMS, an e-mail address for e-mail. */
  to: string;
  /** The e-mail's subject; SMS have none. */
  subject: string;
  text: string;
};

/** What the provider said it did with the message: its own id, for delivery reports. */
export type SendResult = { providerId: string };

/** Sends a message, or throws a ChannelError. */
export type Channel = { send(message: OutgoingMessage): Promise<SendResult> };

/**
 * A send that did not go through. `retryable` says whether trying again later may help (a
 * timeout, a 5xx, a refused connection) or not (the address was refused). The message never
 * names the recipient or quotes the text: it goes to the outbox and the logs.
 */
export class ChannelError extends Error {
  override name = "ChannelError";
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}
