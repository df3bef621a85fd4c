import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPostgres, type TestPostgres } from "../../test/postgres";
import { registriesUrl } from "./delivery/postgres";
import { generateSmall, readDefects, type Generated } from "./testing/fixture";
import { readManifest } from "./testing/read-delivery";

let server: TestPostgres;
let run: Generated;

beforeAll(async () => {
  server = await startTestPostgres();
  run = await generateSmall({ families: 2000, databaseUrl: server.url });
});
afterAll(async () => {
  run.remove();
  await server.stop();
});

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: registriesUrl(server.url) });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("the benefits-paid registry served by Postgres", () => {
  it("creates the registries database with one table for the snapshot date", async () => {
    const manifest = readManifest(path.join(run.dataDir, "landing", "benefits-paid", "2026-03-10"));
    const [row] = await query<{ n: string; codes: string }>(
      "SELECT count(*) AS n, count(DISTINCT benefit_code) AS codes FROM benefits_paid_20260310",
    );

    expect(manifest.table?.name).toBe("benefits_paid_20260310");
    expect(Number(row?.n)).toBe(manifest.rows);
    expect(Number(row?.codes)).toBeGreaterThan(6);
  });

  it("numbers rows by id so the ground truth can point at them", async () => {
    const defects = readDefects(run.dataDir, "2026-03-10").filter(
      (d) => d.source === "benefits-paid",
    );
    const unknown = defects.filter(
      (d) => d.defect === "unknown_code" && d.column === "benefit_code",
    );
    const ids = unknown.map((d) => d.row).join(",") || "0";
    const rows = await query<{ benefit_code: string }>(
      `SELECT benefit_code FROM benefits_paid_20260310 WHERE id IN (${ids})`,
    );

    expect(defects.every((d) => d.file === "benefits_paid_20260310")).toBe(true);
    expect(rows).toHaveLength(unknown.length);
    for (const row of rows) expect(row.benefit_code).not.toMatch(/^(DISABILITY|LARGE_FAMILY|ASP)$/);
  });

  it("replaces the table when the same date is generated again, keeping other dates", async () => {
    const again = await generateSmall({ families: 2000, databaseUrl: server.url });
    const other = await generateSmall({
      families: 2000,
      databaseUrl: server.url,
      date: "2026-03-11",
    });
    again.remove();
    other.remove();
    const tables = await query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE tablename LIKE 'benefits_paid_%' ORDER BY 1",
    );

    expect(tables.map((t) => t.tablename)).toEqual([
      "benefits_paid_20260310",
      "benefits_paid_20260311",
    ]);
  });
});
