import crypto from "node:crypto";
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";
import { appendDemoMessage } from "./inbox";

/** Where the demo SMTP server listens and where it delivers. */
export type DemoSmtpOptions = {
  /** 0 picks a free port. */
  port: number;
  /** 127.0.0.1 by default, so the demo server is not an open relay on the network. */
  host?: string;
  /** The JSONL file each received e-mail is appended to. */
  inboxFile: string;
};

/** A running demo SMTP server. */
export type DemoSmtpServer = { port: number; url: string; close(): Promise<void> };

const MAX_MESSAGE_BYTES = 256 * 1024;

/**
 * Starts a local SMTP server that accepts any mail without TLS or login and writes it to the
 * demo inbox. It stands in for a mail provider in the demo and in tests only.
 */
export async function startSmtpServer(options: DemoSmtpOptions): Promise<DemoSmtpServer> {
  const host = options.host ?? "127.0.0.1";
  const server = new SMTPServer({
    // A fixed name instead of os.hostname(), which the greeting would otherwise reveal.
    name: "family-card.local",
    banner: "demo inbox",
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    size: MAX_MESSAGE_BYTES,
    rejectOversized: true,
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      receive(stream, session, options.inboxFile).then(
        () => callback(),
        (error: unknown) => callback(error instanceof Error ? error : new Error("not stored")),
      );
    },
  });

  const port = await listen(server, options.port, host);

  return {
    port,
    url: `smtp://${host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function receive(
  stream: SMTPServerDataStream,
  session: SMTPServerSession,
  inboxFile: string,
): Promise<void> {
  const mail = await simpleParser(stream);
  // With rejectOversized the client is answered 552 whatever this returns; nothing is stored.
  if (stream.sizeExceeded) return;

  await appendDemoMessage(inboxFile, {
    channel: "email",
    id: messageKey(mail),
    at: new Date().toISOString(),
    to: session.envelope.rcptTo.map((recipient) => recipient.address).join(", "),
    subject: mail.subject ?? "",
    // The SMTP transfer ends the body with a line break the sender never wrote.
    text: (mail.text ?? "").replace(/\r?\n$/, ""),
  });
}

/** The outbox id when the sender gave one, else the Message-ID, else a fresh id. */
function messageKey(mail: ParsedMail): string {
  const key = mail.headers.get("x-idempotency-key");
  if (typeof key === "string" && key) return key;

  return mail.messageId ?? `<${crypto.randomUUID()}@demo-inbox>`;
}

function listen(server: SMTPServer, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.server.address() as AddressInfo).port);
    });
  });
}
