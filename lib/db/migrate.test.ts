import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPostgres, type TestPostgres } from "../../test/postgres";
import { migratePostgres } from "./migrate";
import { runPrismaCli } from "./prisma-cli";

let server: TestPostgres;
let client: pg.Client;

beforeAll(async () => {
  server = await startTestPostgres();
  client = new pg.Client(server.url);
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await server.stop();
});

describe("Prisma migrations without a native engine", () => {
  it("apply on an empty database and are a no-op the second time", async () => {
    await migratePostgres(server.url);
    const applied = await client.query("SELECT migration_name FROM _prisma_migrations");
    const second = await runPrismaCli(["migrate", "deploy"], server.url, { quiet: true });
    const after = await client.query("SELECT count(*)::int AS n FROM _prisma_migrations");

    expect(applied.rowCount).toBeGreaterThanOrEqual(2);
    expect(second).toMatch(/No pending migrations to apply/);
    expect(after.rows[0]).toEqual({ n: applied.rowCount });
  });

  it("leave an audit log that the database refuses to change or delete", async () => {
    await client.query("INSERT INTO audit_events (action) VALUES ('sign_in')");

    await expect(client.query("UPDATE audit_events SET action = 'x'")).rejects.toThrow(
      /append-only: UPDATE is not allowed/,
    );
    await expect(client.query("DELETE FROM audit_events")).rejects.toThrow(/append-only/);
    await expect(client.query("TRUNCATE audit_events")).rejects.toThrow(/append-only/);
  });
});
