import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../test/postgres";
import { openLake, type LakeClient } from "./client";
import { migrateLake } from "./migrate";
import { MIGRATIONS_DIR, readMigrations, renderMigration } from "./migration-files";

const placement = { database: "lake_test" };
let lake: LakeClient;
let folder: { dir: string; remove: () => void };

/** A copy of the project's migrations that a test may edit. */
function migrationsCopy(name: string): string {
  const dir = path.join(folder.dir, name);
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  folder = tempDir("portal-lake-");
  lake = await openLake({
    dataDir: folder.dir,
    CLICKHOUSE_DATABASE: placement.database,
    CLICKHOUSE_USER: "default",
    CLICKHOUSE_PASSWORD: "",
    CLICKHOUSE_URL: undefined,
  });
});
afterAll(async () => {
  await lake.close();
  folder.remove();
});

describe("lake migrations on the real engine", () => {
  it("lists without applying on a dry run", async () => {
    const plan = await migrateLake(lake, placement, { dryRun: true, dir: migrationsCopy("dry") });

    expect(plan.pending.map((m) => m.file)).toContain("0001_snapshots.sql");
    expect(plan.statements[0]).toMatch(/CREATE TABLE IF NOT EXISTS lake_test\.snapshots/);
    const tables = await lake.query({ query: "EXISTS TABLE lake_test.snapshots", format: "CSV" });
    expect((await tables.text()).trim()).toBe("0");
  });

  it("applies every migration on an empty lake and is a no-op the second time", async () => {
    const dir = migrationsCopy("apply");
    const first = await migrateLake(lake, placement, { dir });
    const second = await migrateLake(lake, placement, { dir });

    expect(first.pending.length).toBe(readMigrations(dir).length);
    expect(second.pending).toEqual([]);
    expect(second.applied.length).toBe(first.pending.length);
    const ledger = await lake.query({
      query: "SELECT toUInt32(count()) AS n FROM lake_test.schema_migrations FINAL",
      format: "JSONEachRow",
    });
    expect(await ledger.json()).toEqual([{ n: first.pending.length }]);
  });

  it("refuses an applied migration that was edited since, naming it", async () => {
    const dir = migrationsCopy("edited");
    await migrateLake(lake, placement, { dir });
    fs.appendFileSync(path.join(dir, "0001_snapshots.sql"), "\n-- a later edit\n");

    await expect(migrateLake(lake, placement, { dir })).rejects.toThrow(
      /0001_snapshots\.sql was edited after it was applied/,
    );
  });

  it("applies a new numbered migration after the applied ones", async () => {
    const dir = migrationsCopy("added");
    await migrateLake(lake, placement, { dir });
    const sql = "CREATE TABLE IF NOT EXISTS {{database}}.extra (id UInt8) ENGINE = Memory;\n";
    fs.writeFileSync(path.join(dir, "0999_extra.sql"), sql);

    const plan = await migrateLake(lake, placement, { dir });
    expect(plan.pending.map((m) => m.file)).toEqual(["0999_extra.sql"]);
  });

  it("refuses a misnamed migration file", () => {
    const dir = migrationsCopy("misnamed");
    fs.writeFileSync(path.join(dir, "add_scores.sql"), "SELECT 1;\n");

    expect(() => readMigrations(dir)).toThrow(/add_scores\.sql is misnamed/);
  });
});

describe("cluster placement", () => {
  it("adds ON CLUSTER and replicated engines only when a cluster is named", () => {
    const sql =
      "CREATE TABLE {{database}}.t {{on_cluster}} (x UInt8) ENGINE = {{replicated}}MergeTree";

    expect(renderMigration(sql, { database: "lake", cluster: "main" })).toBe(
      "CREATE TABLE lake.t ON CLUSTER main (x UInt8) ENGINE = ReplicatedMergeTree",
    );
    expect(renderMigration(sql, { database: "lake" })).toBe(
      "CREATE TABLE lake.t  (x UInt8) ENGINE = MergeTree",
    );
  });
});
