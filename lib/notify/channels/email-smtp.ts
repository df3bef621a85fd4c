import { createTransport } from "nodemailer";
import { ChannelError, type Channel, type OutgoingMessage, type SendResult } from "../channel";

/** Where the SMTP server listens and whom the mail is from. */
export type SmtpOptions = {
  /** smtp://host:port for a local server, smtps://user:pass@host:465 for a provider. */
  url: string;
  /** The sender, e.g. "Family Card <noreply@family-card.local>". */
  from: string;
};

/** An e-mail channel whose transport can be released when the process stops. */
export type SmtpChannel = Channel & { close(): void };

// Nodemailer waits 2 minutes for a connection and 10 for a silent socket; an outbox worker
// should give up sooner and retry. A value set in the URL's query string wins.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * A channel that sends e-mail over SMTP. The outbox id becomes the Message-ID and the
 * X-Idempotency-Key header, so the provider id is known before the server answers.
 */
export function smtpChannel(options: SmtpOptions): SmtpChannel {
  const transport = createTransport(withTimeouts(options.url));

  return {
    async send(message: OutgoingMessage): Promise<SendResult> {
      const messageId = `<${message.id}@family-card.local>`;

      try {
        const info = await transport.sendMail({
          from: options.from,
          // An address object is not split on commas, so one outbox row reaches one mailbox.
          to: { name: "", address: message.to },
          subject: message.subject,
          text: message.text,
          messageId,
          headers: { "X-Idempotency-Key": message.id },
        });

        return { providerId: info.messageId || messageId };
      } catch (error) {
        throw smtpError(error);
      }
    },
    close: () => transport.close(),
  };
}

/**
 * Nodemailer's own message quotes the server's reply, which may name the recipient, so only
 * the reply code and nodemailer's error code are kept.
 */
function smtpError(error: unknown): ChannelError {
  const { responseCode, code } = errorFields(error);

  if (responseCode !== undefined && responseCode >= 500) {
    return new ChannelError(`the mail server refused the message: SMTP ${responseCode}`, false);
  }
  if (responseCode !== undefined) {
    return new ChannelError(`the mail server deferred the message: SMTP ${responseCode}`, true);
  }
  // Raised before anything is sent (a malformed address, a message over the advertised size):
  // the same message would fail again.
  if (code === "EENVELOPE" || code === "EMESSAGE") {
    return new ChannelError(`the mail could not be sent as addressed (${code})`, false);
  }

  return new ChannelError(`could not reach the mail server${code ? ` (${code})` : ""}`, true);
}

function errorFields(error: unknown): { responseCode?: number; code?: string } {
  if (typeof error !== "object" || error === null) return {};

  const responseCode = "responseCode" in error ? error.responseCode : undefined;
  const code = "code" in error ? error.code : undefined;

  return {
    responseCode: typeof responseCode === "number" ? responseCode : undefined,
    code: typeof code === "string" && /^[A-Z_]+$/.test(code) ? code : undefined,
  };
}

function withTimeouts(url: string): string {
  const parsed = new URL(url);
  for (const [key, value] of Object.entries(TIMEOUTS)) {
    if (!parsed.searchParams.has(key)) parsed.searchParams.set(key, String(value));
  }

  return parsed.toString();
}
