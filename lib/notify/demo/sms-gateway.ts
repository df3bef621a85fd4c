import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { appendDemoMessage } from "./inbox";

/** Where the demo SMS gateway listens and where it delivers. */
export type SmsGatewayOptions = {
  /** 0 picks a free port. */
  port: number;
  /** 127.0.0.1 by default, so the demo gateway is not reachable from the network. */
  host?: string;
  /** When set, a POST without `authorization: Bearer <token>` is answered 401. */
  token?: string;
  /** The JSONL file each delivered SMS is appended to. */
  inboxFile: string;
  /** Where to report each SMS delivered, as a real provider's delivery report does. */
  deliveryReport?: { url: string; token: string };
};

/** A running demo SMS gateway. */
export type SmsGateway = {
  /** The full POST address, e.g. http://127.0.0.1:PORT/messages. */
  url: string;
  close(): Promise<void>;
  /** Makes the next `count` POSTs fail with `status` (503 by default), to exercise retries. */
  failNext(count: number, status?: number): void;
};

const messageSchema = z.object({
  id: z.string().min(1).max(200),
  to: z.string().regex(/^\+\d{10,15}$/),
  text: z.string().min(1).max(1000),
});

// Far above 1000 characters of text in any script, far below anything that hurts.
const MAX_BODY_BYTES = 16 * 1024;

type Reply = { status: number; body: Record<string, string> };

const HEALTHY: Reply = { status: 200, body: { status: "ok" } };
const NOT_FOUND: Reply = { status: 404, body: { error: "not found" } };

type State = {
  options: SmsGatewayOptions;
  /** Idempotency key → provider id of every SMS delivered since start. */
  delivered: Map<string, string>;
  failures: { count: number; status: number };
};

/**
 * Starts a local stand-in for an SMS provider: it accepts the same POST as the real gateway,
 * deduplicates by idempotency key and writes each SMS to the demo inbox instead of a phone.
 */
export async function startSmsGateway(options: SmsGatewayOptions): Promise<SmsGateway> {
  const state: State = { options, delivered: new Map(), failures: { count: 0, status: 503 } };
  const host = options.host ?? "127.0.0.1";

  const server = http.createServer((request, response) => {
    route(state, request).then(
      (reply) => respond(response, reply),
      () => respond(response, { status: 500, body: { error: "could not deliver" } }),
    );
  });
  const port = await listen(server, options.port, host);

  return {
    url: `http://${urlHost(host)}:${port}/messages`,
    close: () => close(server),
    failNext(count, status = 503) {
      state.failures = { count, status };
    },
  };
}

async function route(state: State, request: http.IncomingMessage): Promise<Reply> {
  const pathname = new URL(request.url ?? "/", "http://gateway").pathname;

  if (request.method === "GET" && pathname === "/health") return HEALTHY;
  if (request.method === "POST" && pathname === "/messages") return accept(state, request);
  request.resume();

  return NOT_FOUND;
}

async function accept(state: State, request: http.IncomingMessage): Promise<Reply> {
  if (state.failures.count > 0) {
    state.failures.count -= 1;
    request.resume();
    return { status: state.failures.status, body: { error: "failing on purpose (failNext)" } };
  }
  if (!authorised(request, state.options.token)) {
    request.resume();
    return { status: 401, body: { error: "unauthorised" } };
  }

  const raw = await readBody(request);
  if (raw === null) return { status: 413, body: { error: "body too large" } };

  const parsed = messageSchema.safeParse(parseJson(raw));
  if (!parsed.success) return { status: 400, body: { error: invalidFields(parsed.error) } };

  const key = request.headers["idempotency-key"]?.toString() || parsed.data.id;
  const known = state.delivered.get(key);
  if (known) return { status: 202, body: { id: known } };

  return { status: 202, body: { id: await deliver(state, key, parsed.data) } };
}

async function deliver(
  state: State,
  key: string,
  message: z.infer<typeof messageSchema>,
): Promise<string> {
  // Recorded before the write, so a concurrent repeat cannot deliver twice.
  const providerId = `sms-${crypto.randomUUID()}`;
  state.delivered.set(key, providerId);

  const { id, to, text } = message;
  const line = { channel: "sms" as const, id, providerId, at: new Date().toISOString(), to, text };
  try {
    await appendDemoMessage(state.options.inboxFile, line);
  } catch (error) {
    state.delivered.delete(key);
    throw error;
  }

  const report = state.options.deliveryReport;
  if (report) setTimeout(() => void sendReport(report, providerId), 100).unref();
  return providerId;
}

function authorised(request: http.IncomingMessage, token: string | undefined): boolean {
  if (!token) return true;

  // Hashes have equal length, which timingSafeEqual needs; the comparison leaks no timing.
  const digest = (value: string) => crypto.createHash("sha256").update(value).digest();
  const given = request.headers.authorization ?? "";

  return crypto.timingSafeEqual(digest(given), digest(`Bearer ${token}`));
}

async function readBody(request: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  // An oversized body is drained rather than cut off, so the client still reads the 413.
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }

  return size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString("utf8");
}

/** Names the fields that failed, never their values: they are a phone number and a text. */
function invalidFields(error: z.ZodError): string {
  const fields = [...new Set(error.issues.map((issue) => issue.path.join(".") || "body"))];

  return `invalid message: ${fields.join(", ")}`;
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

function respond(response: http.ServerResponse, reply: Reply): void {
  response.writeHead(reply.status, { "content-type": "application/json" });
  response.end(JSON.stringify(reply.body));
}

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function close(server: http.Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // fetch keeps connections alive; without this close() waits for them to time out.
    server.closeAllConnections();
  });
}

/** A wildcard address is reached through loopback; an IPv6 literal needs brackets. */
function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "127.0.0.1";

  return host.includes(":") ? `[${host}]` : host;
}

/** Tells the portal the SMS reached the phone; a report that does not go through is dropped. */
async function sendReport(report: { url: string; token: string }, providerId: string) {
  try {
    await fetch(report.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${report.token}` },
      body: JSON.stringify({ id: providerId, status: "delivered" }),
      signal: AbortSignal.timeout(5_000),
    });
  } catch {
    // As with a real provider, a lost report leaves the message sent, not delivered.
  }
}
