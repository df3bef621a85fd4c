import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmsGateway, type SmsGateway } from "./sms-gateway";

let dir: string;
let inboxFile: string;
let gateway: SmsGateway;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sms-gateway-"));
  inboxFile = path.join(dir, "nested", "sms.jsonl");
  gateway = await startSmsGateway({ port: 0, inboxFile });
});
afterAll(async () => {
  await gateway.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

describe("startSmsGateway", () => {
  it("listens on the port it was given by the system and answers health checks", async () => {
    expect(gateway.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/messages$/);
    expect(gateway.url).not.toContain(":0/");

    const health = await fetch(new URL("/health", gateway.url));
    expect(health.status).toBe(200);
  });

  it("appends one line with the provider id and answers 202 with it", async () => {
    const response = await post({ id: "m-1", to: "+77011234567", text: "Сәлем" });
    const body = (await response.json()) as { id: string };

    expect(response.status).toBe(202);
    const lines = fs.readFileSync(inboxFile, "utf8").trim().split("\n");
    expect(lines.map((line) => JSON.parse(line) as unknown)).toContainEqual({
      channel: "sms",
      id: "m-1",
      providerId: body.id,
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as string,
      to: "+77011234567",
      text: "Сәлем",
    });
  });

  it("deduplicates by the idempotency key header", async () => {
    const headers = { "idempotency-key": "key-1" };
    const first = (await (
      await post({ id: "m-2", to: "+77011234567", text: "a" }, headers)
    ).json()) as { id: string };
    const second = (await (
      await post({ id: "m-3", to: "+77011234567", text: "b" }, headers)
    ).json()) as { id: string };

    expect(second.id).toBe(first.id);
    expect(fs.readFileSync(inboxFile, "utf8")).not.toContain('"id":"m-3"');
  });

  it("names the invalid fields without echoing their values", async () => {
    const response = await post({ id: "", to: "87011234567", text: "secret text" });
    const body = await response.text();

    expect(response.status).toBe(400);
    expect(body).toContain("id");
    expect(body).toContain("to");
    expect(body).not.toContain("87011234567");
    expect(body).not.toContain("secret text");
  });

  it("answers 400 to a body that is not JSON and 404 to an unknown path", async () => {
    const notJson = await fetch(gateway.url, { method: "POST", body: "{" });
    const unknown = await fetch(new URL("/other", gateway.url));

    expect(notJson.status).toBe(400);
    expect(unknown.status).toBe(404);
  });

  it("fails the next requests with the chosen status, then recovers", async () => {
    gateway.failNext(2, 500);
    const statuses = [];
    for (const id of ["f-1", "f-2", "f-3"]) {
      statuses.push((await post({ id, to: "+77011234567", text: "x" })).status);
    }

    expect(statuses).toEqual([500, 500, 202]);
  });
});
