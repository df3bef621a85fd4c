import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChannelError, type OutgoingMessage } from "../channel";
import { readDemoInbox } from "../demo/inbox";
import { startSmtpServer, type DemoSmtpServer } from "../demo/smtp-server";
import { smtpChannel } from "./email-smtp";

const FROM = "Family Card <noreply@family-card.local>";
const ADDRESS = "aigerim@example.kz";

let dir: string;
let inboxFile: string;
let server: DemoSmtpServer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "email-smtp-"));
  inboxFile = path.join(dir, "demo-inbox", "email.jsonl");
  server = await startSmtpServer({ port: 0, inboxFile });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function mail(id: string, subject: string, text: string): OutgoingMessage {
  return { id, channel: "email", to: ADDRESS, subject, text };
}

async function sendError(send: Promise<unknown>): Promise<ChannelError> {
  const error = await send.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ChannelError))
    throw new Error(`expected a ChannelError, got ${String(error)}`);
  expect(error.message).not.toContain(ADDRESS);

  return error;
}

/** A real SMTP server that refuses every recipient with the given reply code. */
async function refusingServer(code: number): Promise<{ url: string; close(): Promise<void> }> {
  const refusing = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    closeTimeout: 1_000,
    onRcptTo(address, _session, callback) {
      callback(
        Object.assign(new Error(`mailbox ${address.address} unavailable`), { responseCode: code }),
      );
    },
  });
  await new Promise<void>((resolve) => refusing.listen(0, "127.0.0.1", resolve));
  const { port } = refusing.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => refusing.close(() => resolve())),
  };
}

describe("smtpChannel", () => {
  it("delivers the mail to the inbox with its subject and text", async () => {
    const channel = smtpChannel({ url: server.url, from: FROM });
    const result = await channel.send(mail("offer-1", "Benefit offer", "Answer here: https://x/1"));
    channel.close();

    expect(result.providerId).toBe("<offer-1@family-card.local>");
    expect(readDemoInbox([inboxFile]).filter((message) => message.id === "offer-1")).toEqual([
      {
        channel: "email",
        id: "offer-1",
        at: expect.any(String) as string,
        to: ADDRESS,
        subject: "Benefit offer",
        text: "Answer here: https://x/1",
      },
    ]);
  });

  it("keeps Cyrillic and Kazakh letters in the subject and text", async () => {
    const subject = "Предложение помощи семье";
    const text = "Здравствуйте! Сізге әлеуметтік көмек ұсынылады: https://x/2";
    const channel = smtpChannel({ url: server.url, from: FROM });
    await channel.send(mail("offer-2", subject, text));
    channel.close();

    const [received] = readDemoInbox([inboxFile]).filter((message) => message.id === "offer-2");
    expect(received?.subject).toBe(subject);
    expect(received?.text).toBe(text);
  });

  it("reports a closed port as retryable", async () => {
    const closed = await startSmtpServer({ port: 0, inboxFile });
    await closed.close();

    const channel = smtpChannel({ url: closed.url, from: FROM });
    const error = await sendError(channel.send(mail("offer-3", "s", "t")));

    expect(error.retryable).toBe(true);
    expect(error.message).toBe("could not reach the mail server (ESOCKET)");
  });

  it("reports a permanent refusal (550) as not retryable", async () => {
    const refusing = await refusingServer(550);
    try {
      const channel = smtpChannel({ url: refusing.url, from: FROM });
      const error = await sendError(channel.send(mail("offer-4", "s", "t")));

      expect(error.retryable).toBe(false);
      expect(error.message).toBe("the mail server refused the message: SMTP 550");
    } finally {
      await refusing.close();
    }
  });

  it("reports a temporary refusal (451) as retryable", async () => {
    const refusing = await refusingServer(451);
    try {
      const channel = smtpChannel({ url: refusing.url, from: FROM });
      const error = await sendError(channel.send(mail("offer-5", "s", "t")));

      expect(error.retryable).toBe(true);
      expect(error.message).toBe("the mail server deferred the message: SMTP 451");
    } finally {
      await refusing.close();
    }
  });

  it("refuses a mail over the 256 KB limit for good and stores nothing", async () => {
    const channel = smtpChannel({ url: server.url, from: FROM });
    const error = await sendError(channel.send(mail("offer-6", "big", "x".repeat(300 * 1024))));

    expect(error.retryable).toBe(false);
    expect(error.message).toBe("the mail server refused the message: SMTP 552");
    expect(readDemoInbox([inboxFile]).some((message) => message.id === "offer-6")).toBe(false);
  });

  it("refuses, without retry, an address that would smuggle in a second recipient", async () => {
    const channel = smtpChannel({ url: server.url, from: FROM });
    const injected = { ...mail("offer-7", "s", "t"), to: `${ADDRESS}>\r\nRCPT TO:<x@evil.test` };
    const listed = { ...mail("offer-8", "s", "t"), to: `${ADDRESS}, x@evil.test` };

    const errors = [await sendError(channel.send(injected)), await sendError(channel.send(listed))];

    expect(errors.map((error) => [error.retryable, error.message])).toEqual([
      [false, "the mail server refused the message: SMTP 501"],
      [false, "the mail server refused the message: SMTP 501"],
    ]);
    const ids = readDemoInbox([inboxFile]).map((message) => message.id);
    expect(ids).not.toContain("offer-7");
    expect(ids).not.toContain("offer-8");
  });

  it("refuses, without retry, an empty address before connecting", async () => {
    const channel = smtpChannel({ url: server.url, from: FROM });
    const error = await sendError(channel.send({ ...mail("offer-9", "s", "t"), to: "" }));

    expect(error.retryable).toBe(false);
    expect(error.message).toBe("the mail could not be sent as addressed (EENVELOPE)");
  });
});
