import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/client";
import { approvedCase, KEYS, notifyStaff, PERSON, tempInbox } from "../../test/notify";
import { casesDb } from "../../test/cases";
import type { TestPostgres } from "../../test/postgres";
import { answerOffer } from "./answer-offer";
import { ChannelError } from "./channel";
import { smtpChannel, type SmtpChannel } from "./channels/email-smtp";
import { smsHttpChannel } from "./channels/sms-http";
import { readDemoInbox } from "./demo/inbox";
import { startSmsGateway, type SmsGateway } from "./demo/sms-gateway";
import { startSmtpServer, type DemoSmtpServer } from "./demo/smtp-server";
import { backoffAfter, deliverDue } from "./deliver";
import { recordDeliveryReport } from "./delivery-report";
import { followUp } from "./follow-up";
import { queueOffers } from "./queue-offers";
import { addressKey, withinRateLimit } from "./rate-limit";

let server: TestPostgres;
let db: Db;
let people: Awaited<ReturnType<typeof notifyStaff>>;
let gateway: SmsGateway;
let smtp: DemoSmtpServer;
let email: SmtpChannel;
const inbox = tempInbox();
const PUBLIC = "https://portal.example.kz";
const OPTIONS = { keys: KEYS, publicUrl: PUBLIC, linkDays: 14 };
const DAY = 86_400_000;

const channels = () => ({ sms: smsHttpChannel({ url: gateway.url }), email });
const tokenIn = (text: string) => /\/n\/([A-Za-z0-9_-]{22})/.exec(text)?.[1] ?? "";
const messagesOf = (caseId: string) =>
  db.outboxMessage.findMany({
    where: { caseId },
    orderBy: [{ sequence: "asc" }, { channel: "asc" }],
  });
const answer = (token: string, decision: "accepted" | "declined", now?: Date) =>
  answerOffer(db, { token, decision, language: "ru", reason: undefined }, now);

beforeAll(async () => {
  ({ db, server } = await casesDb());
  people = await notifyStaff(db);
  gateway = await startSmsGateway({ port: 0, inboxFile: inbox.sms });
  smtp = await startSmtpServer({ port: 0, inboxFile: inbox.email });
  email = smtpChannel({ url: smtp.url, from: "noreply@example.kz" });
}, 120_000);

afterAll(async () => {
  email.close();
  await gateway.close();
  await smtp.close();
  await db.$disconnect();
  await server.stop();
});

/** Queues and sends the offer of a new approved case; returns the case and its SMS token. */
async function offered(now = new Date()) {
  const caseId = await approvedCase(db, people, PERSON, now);
  await queueOffers(db, { ...OPTIONS, now });
  await deliverDue(db, channels(), KEYS, now);
  const sms = readDemoInbox([inbox.sms]).find((m) => m.id.startsWith(caseId));
  return { caseId, token: tokenIn(sms?.text ?? "") };
}

describe("offers", () => {
  it("notifies an approved case by SMS and e-mail, in the person's language", async () => {
    const { caseId, token } = await offered();

    const c = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c.state).toBe("notified");
    const messages = await messagesOf(caseId);
    expect(messages.map((m) => [m.channel, m.status, m.language])).toEqual([
      ["sms", "sent", "ru"],
      ["email", "sent", "ru"],
    ]);
    expect(token).toHaveLength(22);
    const mail = readDemoInbox([inbox.email]).find((m) => m.id.includes(caseId));
    expect(mail?.to).toBe(PERSON.email);
    expect(tokenIn(mail?.text ?? "")).toBe(token);
    expect(mail?.text).toContain(`${PUBLIC}/n/${token}`);
  });

  it("keeps only the token's hash, and no address or text once a message is sent", async () => {
    const { caseId, token } = await offered();

    const dump = await db.$queryRaw<{ text: string }[]>`
      SELECT row_to_json(l)::text AS text FROM citizen_links l WHERE case_id = ${caseId}::uuid
      UNION ALL SELECT row_to_json(m)::text FROM outbox_messages m
      WHERE case_id = ${caseId}::uuid`;
    const all = dump.map((row) => row.text).join("\n");
    expect(all).not.toContain(token);
    expect(all).not.toMatch(/5550123|aliya@|Sarsenova/);
    const [message] = await messagesOf(caseId);
    expect(message?.ciphertext).toBeNull();
  });

  it("queues each offer once, however often the round runs", async () => {
    const caseId = await approvedCase(db, people);
    await queueOffers(db, OPTIONS);
    await queueOffers(db, OPTIONS);

    expect(await messagesOf(caseId)).toHaveLength(2);
    expect(await db.citizenLink.count({ where: { caseId } })).toBe(1);
  });

  it("flags a case whose subject cannot be reached, and leaves it approved", async () => {
    const caseId = await approvedCase(db, people, { name: "No Contact", iin: "870412450124" });
    await queueOffers(db, OPTIONS);

    const c = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ state: "approved", flag: "no_contact" });
    expect(await messagesOf(caseId)).toHaveLength(0);
  });
});

describe("delivery", () => {
  it("retries a failed send with backoff and never sends twice", async () => {
    const now = new Date();
    await deliverDue(db, channels(), KEYS, now);
    const caseId = await approvedCase(db, people, { ...PERSON, email: undefined }, now);
    await queueOffers(db, { ...OPTIONS, now });
    gateway.failNext(2, 503);

    expect(await deliverDue(db, channels(), KEYS, now)).toMatchObject({ retrying: 1, sent: 0 });
    const [waiting] = await messagesOf(caseId);
    expect(waiting).toMatchObject({ status: "queued", attempts: 1 });
    expect(waiting?.lastError).toMatch(/HTTP 503/);
    // Not due again before its backoff has passed.
    expect(await deliverDue(db, channels(), KEYS, now)).toMatchObject({ retrying: 0, sent: 0 });

    const later = new Date(now.getTime() + backoffAfter(1));
    expect(await deliverDue(db, channels(), KEYS, later)).toMatchObject({ retrying: 1 });
    const after = new Date(later.getTime() + backoffAfter(2));
    expect(await deliverDue(db, channels(), KEYS, after)).toMatchObject({ sent: 1 });
    expect(await deliverDue(db, channels(), KEYS, after)).toMatchObject({ sent: 0 });

    const delivered = readDemoInbox([inbox.sms]).filter((m) => m.id.startsWith(caseId));
    expect(delivered).toHaveLength(1);
    const [sent] = await messagesOf(caseId);
    expect(sent).toMatchObject({ status: "sent", attempts: 3 });
  });

  it("marks a message delivered on the provider's report, once", async () => {
    const { caseId } = await offered();
    const sms = (await messagesOf(caseId)).find((m) => m.channel === "sms")!;
    const report = { id: sms.providerId!, status: "delivered" as const };

    expect(await recordDeliveryReport(db, report)).toBe(true);
    expect(await recordDeliveryReport(db, report)).toBe(false);
    expect(await recordDeliveryReport(db, { id: "sms-unknown", status: "failed" })).toBe(false);
    const after = await db.outboxMessage.findUniqueOrThrow({ where: { id: sms.id } });
    expect(after.status).toBe("delivered");
    expect(after.deliveredAt).not.toBeNull();
  });

  it("gives up at once when the provider refuses the address", async () => {
    const refused = { ...PERSON, phone: undefined, email: "nobody@example.kz" };
    const caseId = await approvedCase(db, people, refused);
    await queueOffers(db, OPTIONS);
    const refusing = {
      send: () => Promise.reject(new ChannelError("refused", false)),
    };

    await deliverDue(db, { email: refusing }, KEYS);
    const [message] = await messagesOf(caseId);
    expect(message).toMatchObject({ status: "failed", attempts: 1, lastError: "refused" });
  });
});

describe("answers", () => {
  it("accepts once: a replayed answer changes nothing", async () => {
    const { caseId, token } = await offered();

    expect(await answer(token, "accepted")).toEqual({ kind: "answered", decision: "accepted" });
    expect(await answer(token, "declined")).toEqual({ kind: "unusable" });

    const c = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c.state).toBe("accepted");
    const consents = await db.consent.findMany({ where: { caseId } });
    expect(consents).toHaveLength(1);
    expect(consents[0]).toMatchObject({
      decision: "accepted",
      channel: "link",
      language: "ru",
      purpose: "benefit_offer:large-family",
    });
    expect(consents[0]?.textVersion).toMatch(/^[0-9a-f]{16}$/);
  });

  it("declines, and the decline starts the cool-off", async () => {
    const { caseId, token } = await offered();

    await answer(token, "declined");
    const c = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c.state).toBe("declined");
    expect(c.declinedAt).not.toBeNull();
  });

  it("treats expired, tampered and unknown tokens the same", async () => {
    const now = new Date();
    const { caseId, token } = await offered(now);
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    const expired = new Date(now.getTime() + 15 * DAY);

    expect(await answer(tampered, "accepted")).toEqual({ kind: "unusable" });
    expect(await answer("not-a-token", "accepted")).toEqual({ kind: "unusable" });
    expect(await answer(token, "accepted", expired)).toEqual({ kind: "unusable" });
    const c = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c.state).toBe("notified");
  });

  it("keeps consents immutable in the database", async () => {
    const { caseId, token } = await offered();
    await answer(token, "accepted");

    await expect(
      db.$executeRaw`UPDATE consents SET decision = 'declined' WHERE case_id = ${caseId}::uuid`,
    ).rejects.toThrow(/immutable/);
    await expect(
      db.$executeRaw`DELETE FROM consents WHERE case_id = ${caseId}::uuid`,
    ).rejects.toThrow(/immutable/);
  });
});

describe("reminders and expiry, on a simulated clock", () => {
  it("reminds on the configured days with fresh links, then expires the case", async () => {
    const start = new Date();
    const { caseId, token } = await offered(start);
    const at = (days: number) => new Date(start.getTime() + days * DAY + 60_000);
    const follow = (days: number) =>
      followUp(db, { ...OPTIONS, reminderDays: [3, 7], now: at(days) });
    const links = () => db.citizenLink.count({ where: { caseId } });

    await follow(1);
    expect(await links()).toBe(1);
    await follow(3);
    await follow(4);
    expect(await links()).toBe(2);
    await follow(7);
    await deliverDue(db, channels(), KEYS, at(7));
    const reminders = (await messagesOf(caseId)).filter((m) => m.kind === "reminder");
    expect(reminders.map((m) => [m.sequence, m.status])).toEqual([
      [1, "sent"],
      [1, "sent"],
      [2, "sent"],
      [2, "sent"],
    ]);
    expect(await links()).toBe(3);

    expect((await follow(14)).expired).toBeGreaterThanOrEqual(1);
    const c = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c.state).toBe("expired");
    expect(await answer(token, "accepted", at(14))).toEqual({ kind: "unusable" });
  });

  it("answers through a reminder's link as through the offer's", async () => {
    const start = new Date();
    const { caseId } = await offered(start);
    const day3 = new Date(start.getTime() + 3 * DAY + 60_000);
    await followUp(db, { ...OPTIONS, reminderDays: [3], now: day3 });
    await deliverDue(db, channels(), KEYS, day3);

    const sms = readDemoInbox([inbox.sms]).find((m) => m.id.startsWith(`${caseId}:reminder`));
    expect(await answer(tokenIn(sms?.text ?? ""), "accepted", day3)).toMatchObject({
      kind: "answered",
    });
  });
});

describe("rate limit", () => {
  it("lets a client make `limit` requests a minute, then refuses until the next", async () => {
    const key = addressKey("n", "203.0.113.7");
    const now = new Date("2026-12-04T10:00:05Z");
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await withinRateLimit(db, key, 3, now));

    expect(results).toEqual([true, true, true, false]);
    expect(await withinRateLimit(db, addressKey("n", "203.0.113.8"), 3, now)).toBe(true);
    expect(await withinRateLimit(db, key, 3, new Date("2026-12-04T10:01:01Z"))).toBe(true);
    expect(key).not.toContain("203.0.113.7");
  });
});
