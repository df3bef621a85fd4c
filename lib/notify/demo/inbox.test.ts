import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendDemoMessage, demoInboxFiles, readDemoInbox } from "./inbox";

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "demo-inbox-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function line(channel: string, id: string, at: string, extra: object = {}): string {
  return JSON.stringify({ channel, id, at, to: "x", text: `text ${id}`, ...extra });
}

describe("readDemoInbox", () => {
  it("merges the files newest first", () => {
    const sms = path.join(dir, "order-sms.jsonl");
    const email = path.join(dir, "order-email.jsonl");
    fs.writeFileSync(
      sms,
      [
        line("sms", "s1", "2025-01-01T10:00:00.000Z"),
        line("sms", "s2", "2025-01-01T12:00:00.000Z"),
      ].join("\n") + "\n",
    );
    fs.writeFileSync(email, line("email", "e1", "2025-01-01T11:00:00.000Z", { subject: "Hi" }));

    const ids = readDemoInbox([sms, email]).map((message) => message.id);

    expect(ids).toEqual(["s2", "e1", "s1"]);
  });

  it("puts the later line first when two messages share an instant", () => {
    const file = path.join(dir, "tie.jsonl");
    const at = "2025-02-01T10:00:00.000Z";
    fs.writeFileSync(file, [line("sms", "first", at), line("sms", "second", at)].join("\n"));

    expect(readDemoInbox([file]).map((message) => message.id)).toEqual(["second", "first"]);
  });

  it("skips malformed lines and keeps the rest", () => {
    const file = path.join(dir, "malformed.jsonl");
    const lines = [
      line("sms", "good-1", "2025-03-01T10:00:00.000Z"),
      '{"channel":"sms","id":"cut',
      "not json at all",
      line("fax", "wrong-channel", "2025-03-01T10:00:00.000Z"),
      JSON.stringify({ channel: "sms", id: "no-text", at: "2025-03-01T10:00:00.000Z", to: "x" }),
      "",
      line("sms", "good-2", "2025-03-01T11:00:00.000Z", { providerId: "p-1" }),
    ];
    fs.writeFileSync(file, lines.join("\n"));

    const messages = readDemoInbox([file]);

    expect(messages.map((message) => message.id)).toEqual(["good-2", "good-1"]);
    expect(messages[0]).not.toHaveProperty("providerId");
  });

  it("treats a missing file as an empty inbox", () => {
    expect(readDemoInbox([path.join(dir, "missing.jsonl")])).toEqual([]);
  });

  it("returns at most `limit` messages, the newest ones", () => {
    const file = path.join(dir, "limit.jsonl");
    const lines = [1, 2, 3, 4, 5].map((n) => line("sms", `m${n}`, `2025-04-0${n}T00:00:00.000Z`));
    fs.writeFileSync(file, lines.join("\n"));

    expect(readDemoInbox([file], 2).map((message) => message.id)).toEqual(["m5", "m4"]);
  });

  it("reads back what appendDemoMessage wrote, creating the folder", async () => {
    const { sms, email } = demoInboxFiles(path.join(dir, "data"));
    const message = {
      channel: "sms" as const,
      id: "a1",
      at: new Date().toISOString(),
      to: "+7",
      text: "т",
    };
    await appendDemoMessage(sms, message);

    expect(readDemoInbox([sms, email])).toEqual([message]);
  });
});

describe("demoInboxFiles", () => {
  it("places one file per channel under demo-inbox", () => {
    expect(demoInboxFiles("/var/data")).toEqual({
      sms: path.join("/var/data", "demo-inbox", "sms.jsonl"),
      email: path.join("/var/data", "demo-inbox", "email.jsonl"),
    });
  });
});
