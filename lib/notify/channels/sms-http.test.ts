import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChannelError, type OutgoingMessage } from "../channel";
import { readDemoInbox } from "../demo/inbox";
import { startSmsGateway, type SmsGateway } from "../demo/sms-gateway";
import { smsHttpChannel } from "./sms-http";

const TOKEN = "gateway-secret";
const PHONE = "+77011234567";
const TEXT = "Your family is offered a benefit: https://portal.local/offer/abc123";

let dir: string;
let inboxFile: string;
let gateway: SmsGateway;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sms-http-"));
  inboxFile = path.join(dir, "demo-inbox", "sms.jsonl");
  gateway = await startSmsGateway({ port: 0, token: TOKEN, inboxFile });
});
afterAll(async () => {
  await gateway.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function sms(id: string, to = PHONE): OutgoingMessage {
  return { id, channel: "sms", to, subject: "", text: TEXT };
}

async function sendError(send: Promise<unknown>): Promise<ChannelError> {
  const error = await send.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ChannelError))
    throw new Error(`expected a ChannelError, got ${String(error)}`);
  expect(error.message).not.toContain(PHONE);
  expect(error.message).not.toContain(TEXT);
  expect(error.message).not.toContain("abc123");

  return error;
}

function inboxOf(id: string) {
  return readDemoInbox([inboxFile]).filter((message) => message.id === id);
}

describe("smsHttpChannel", () => {
  const channel = () => smsHttpChannel({ url: gateway.url, token: TOKEN });

  it("delivers an SMS to the gateway's inbox and returns the gateway's id", async () => {
    const result = await channel().send(sms("offer-1"));

    expect(result.providerId).toMatch(/^sms-/);
    expect(inboxOf("offer-1")).toEqual([
      { channel: "sms", id: "offer-1", at: expect.any(String) as string, to: PHONE, text: TEXT },
    ]);
  });

  it("does not deliver a repeated id twice and returns the same provider id", async () => {
    const first = await channel().send(sms("offer-2"));
    const second = await channel().send(sms("offer-2"));

    expect(second.providerId).toBe(first.providerId);
    expect(inboxOf("offer-2")).toHaveLength(1);
  });

  it("reports a wrong token as not retryable", async () => {
    const wrong = smsHttpChannel({ url: gateway.url, token: "not-the-token" });
    const error = await sendError(wrong.send(sms("offer-3")));

    expect(error.retryable).toBe(false);
    expect(error.message).toBe("the SMS gateway refused the message: HTTP 401");
    expect(inboxOf("offer-3")).toEqual([]);
  });

  it("reports a number the gateway rejects as not retryable", async () => {
    const error = await sendError(channel().send(sms("offer-4", "8701")));

    expect(error.retryable).toBe(false);
    expect(error.message).toBe("the SMS gateway refused the message: HTTP 400");
  });

  it("reports a 503 as retryable, and the retry delivers once", async () => {
    gateway.failNext(1);
    const error = await sendError(channel().send(sms("offer-5")));

    expect(error.retryable).toBe(true);
    expect(error.message).toBe("the SMS gateway is unavailable: HTTP 503");
    expect(inboxOf("offer-5")).toEqual([]);

    await channel().send(sms("offer-5"));
    expect(inboxOf("offer-5")).toHaveLength(1);
  });

  it("reports 429 as retryable", async () => {
    gateway.failNext(1, 429);
    const error = await sendError(channel().send(sms("offer-6")));

    expect(error.retryable).toBe(true);
  });

  it("reports a closed port as retryable", async () => {
    const closed = await startSmsGateway({ port: 0, inboxFile });
    await closed.close();

    const error = await sendError(smsHttpChannel({ url: closed.url }).send(sms("offer-7")));

    expect(error.retryable).toBe(true);
    expect(error.message).toBe("could not reach the SMS gateway (ECONNREFUSED)");
  });

  it("reports a gateway that does not answer in time as retryable", async () => {
    const silent = http.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;

    try {
      const slow = smsHttpChannel({ url: `http://127.0.0.1:${port}/messages`, timeoutMs: 200 });
      const error = await sendError(slow.send(sms("offer-8")));

      expect(error.retryable).toBe(true);
      expect(error.message).toBe("the SMS gateway did not answer within 200 ms");
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});
