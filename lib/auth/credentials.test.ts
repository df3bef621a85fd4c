import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPostgres, type TestPostgres } from "../../test/postgres";
import { createDb, type Db } from "../db/client";
import { migratePostgres } from "../db/migrate";
import { hashPassword } from "./password";
import { verifyCredentials } from "./credentials";

let server: TestPostgres;
let db: Db;

async function addUser(login: string, active = true) {
  await db.user.create({
    data: {
      login,
      displayName: login,
      role: "social_worker",
      scopeLevel: "district",
      regionCode: "KZ-75",
      districtCode: "751410000",
      passwordHash: await hashPassword("right password 1"),
      active,
    },
  });
}

beforeAll(async () => {
  server = await startTestPostgres();
  await migratePostgres(server.url);
  db = createDb(server.url);
});
afterAll(async () => {
  await db.$disconnect();
  await server.stop();
});

describe("sign-in with login and password", () => {
  it("accepts the right password, case-insensitively on the login, and audits it", async () => {
    await addUser("worker.one");

    const user = await verifyCredentials(
      db,
      { login: " Worker.One ", password: "right password 1" },
      "10.0.0.1",
    );

    expect(user.login).toBe("worker.one");
    const audit = await db.auditEvent.findFirst({ where: { action: "sign_in", actorId: user.id } });
    expect(audit?.address).toBe("10.0.0.1");
  });

  it("refuses a wrong password and an unknown login with the same message", async () => {
    await addUser("worker.two");

    await expect(
      verifyCredentials(db, { login: "worker.two", password: "nope" }, "10.0.0.2"),
    ).rejects.toThrow("Wrong login or password.");
    await expect(
      verifyCredentials(db, { login: "nobody", password: "nope" }, "10.0.0.2"),
    ).rejects.toThrow("Wrong login or password.");
  });

  it("refuses a disabled account, saying so only to someone with its password", async () => {
    await addUser("worker.gone", false);

    const attempt = verifyCredentials(
      db,
      { login: "worker.gone", password: "right password 1" },
      "a",
    );
    await expect(attempt).rejects.toThrow("This account is disabled. Ask an administrator.");
  });

  it("blocks a login after five failures, even with the right password", async () => {
    await addUser("worker.three");
    for (let i = 0; i < 5; i++) {
      await verifyCredentials(db, { login: "worker.three", password: "guess" }, "10.0.0.3").catch(
        () => undefined,
      );
    }

    const attempt = verifyCredentials(
      db,
      { login: "worker.three", password: "right password 1" },
      "b",
    );
    await expect(attempt).rejects.toThrow(
      /Too many failed sign-ins. Try again in 1[0-5] minutes\./,
    );
    const refused = await db.auditEvent.count({ where: { action: "sign_in_refused" } });
    expect(refused).toBeGreaterThanOrEqual(6);
  }, 120_000);

  it("explains missing fields instead of failing obscurely", async () => {
    await expect(verifyCredentials(db, { login: "", password: "x" }, "c")).rejects.toThrow(
      "Enter your login.",
    );
    await expect(verifyCredentials(db, null, "c")).rejects.toThrow(/./);
  });
});
