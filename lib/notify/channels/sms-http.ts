import { ChannelError, type Channel, type OutgoingMessage, type SendResult } from "../channel";

/** Where the SMS gateway listens and how long a send may take. */
export type SmsHttpOptions = {
  /** The gateway's full POST address, e.g. http://127.0.0.1:8025/messages. */
  url: string;
  /** Sent as `authorization: Bearer <token>` when set. */
  token?: string;
  /** How long to wait for the gateway's answer; 10 s by default. */
  timeoutMs?: number;
};

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * A channel that hands SMS to an HTTP gateway. The outbox id travels as the idempotency key, so
 * a retry after a lost answer does not send the citizen a second SMS.
 */
export function smsHttpChannel(options: SmsHttpOptions): Channel {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  return {
    async send(message: OutgoingMessage): Promise<SendResult> {
      const response = await post(options, message, timeoutMs);

      return providerResult(response);
    },
  };
}

async function post(
  options: SmsHttpOptions,
  message: OutgoingMessage,
  timeoutMs: number,
): Promise<Response> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "idempotency-key": message.id,
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  try {
    return await fetch(options.url, {
      method: "POST",
      headers,
      body: JSON.stringify({ id: message.id, to: message.to, text: message.text }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw unreachable(error, timeoutMs);
  }
}

// The gateway's own error text is not copied: it may quote the number or the text back.
async function providerResult(response: Response): Promise<SendResult> {
  if (!response.ok) {
    await response.body?.cancel();
    throw refused(response.status);
  }

  const body: unknown = await response.json().catch(() => null);
  if (hasStringId(body)) return { providerId: body.id };

  // The message may have been accepted; a retry is safe because the gateway deduplicates by id.
  throw new ChannelError(
    `the SMS gateway answered HTTP ${response.status} without a message id`,
    true,
  );
}

function refused(status: number): ChannelError {
  const permanent = status >= 400 && status < 500 && status !== 408 && status !== 429;
  if (permanent) {
    return new ChannelError(`the SMS gateway refused the message: HTTP ${status}`, false);
  }

  return new ChannelError(`the SMS gateway is unavailable: HTTP ${status}`, true);
}

function unreachable(error: unknown, timeoutMs: number): ChannelError {
  if (error instanceof Error && error.name === "TimeoutError") {
    return new ChannelError(`the SMS gateway did not answer within ${timeoutMs} ms`, true);
  }

  const code = systemCode(error);

  return new ChannelError(`could not reach the SMS gateway${code ? ` (${code})` : ""}`, true);
}

/** The system error code (ECONNREFUSED, ENOTFOUND…) fetch keeps in `cause`, if any. */
function systemCode(error: unknown): string | undefined {
  const cause = error instanceof Error ? error.cause : undefined;
  if (typeof cause !== "object" || cause === null || !("code" in cause)) return undefined;

  return typeof cause.code === "string" && /^[A-Z_]+$/.test(cause.code) ? cause.code : undefined;
}

function hasStringId(body: unknown): body is { id: string } {
  return (
    typeof body === "object" &&
    body !== null &&
    "id" in body &&
    typeof body.id === "string" &&
    body.id.length > 0
  );
}
