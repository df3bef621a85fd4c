import { createClient } from "@clickhouse/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "../app/api/health/route";
import { startTestPostgres, tempDir, type TestPostgres } from "../test/postgres";
import { closeLake } from "./clickhouse/client";
import { closeDb, getDb } from "./db/client";
import { checkHealth } from "./health";

let server: TestPostgres;
let folder: { dir: string; remove: () => void };

beforeAll(async () => {
  server = await startTestPostgres();
  folder = tempDir("portal-health-");
  process.env.DATA_DIR = folder.dir;
  process.env.PORTAL_DATABASE_URL = server.url;
});
afterAll(async () => {
  await closeLake();
  await closeDb();
  await server.stop();
  folder.remove();
});

describe("GET /api/health", () => {
  it("answers 200 when Postgres and the embedded lake both answer", async () => {
    const response = await GET();

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ stores: { postgres: "up", clickhouse: "up" } });
  });

  it("answers 503 naming Postgres once Postgres is stopped", async () => {
    await server.stop();

    const response = await GET();

    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: "unavailable",
      stores: { postgres: "down", clickhouse: "up" },
      message: "Store down: postgres.",
    });
  });

  it("reports ClickHouse down when its server does not answer", async () => {
    const unreachable = createClient({ url: "http://127.0.0.1:9", request_timeout: 1000 });

    const health = await checkHealth({ db: getDb, lake: () => Promise.resolve(unreachable) });

    expect(health.down).toContain("clickhouse");
    await unreachable.close();
  });
});
