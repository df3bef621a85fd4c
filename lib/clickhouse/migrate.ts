import type { LakeClient } from "./client";
import {
  MigrationError,
  readMigrations,
  renderMigration,
  splitStatements,
  type Migration,
  type Placement,
} from "./migration-files";

export type MigrationPlan = { applied: Migration[]; pending: Migration[]; statements: string[] };

type LedgerRow = { version: number; name: string; checksum: string };

function ledgerDdl(placement: Placement): string {
  return renderMigration(
    `CREATE TABLE IF NOT EXISTS {{database}}.schema_migrations {{on_cluster}} (
      version UInt32,
      name String,
      checksum String,
      applied_at DateTime64(3, 'UTC') DEFAULT now64(3)
    ) ENGINE = {{replicated}}ReplacingMergeTree ORDER BY version`,
    placement,
  );
}

async function readLedger(lake: LakeClient, placement: Placement): Promise<LedgerRow[]> {
  const result = await lake.query({
    query: `SELECT version, name, checksum FROM ${placement.database}.schema_migrations FINAL
            ORDER BY version`,
    format: "JSONEachRow",
  });
  return result.json<LedgerRow>();
}

/** Refuses to go on when an applied migration was edited or removed since it was applied. */
function checkApplied(ledger: LedgerRow[], files: Migration[]): Migration[] {
  const byVersion = new Map(files.map((migration) => [migration.version, migration]));
  return ledger.map((row) => {
    const file = byVersion.get(row.version);
    const label = `${String(row.version).padStart(4, "0")}_${row.name}.sql`;
    if (!file) {
      throw new MigrationError(
        `ClickHouse migration ${label} was applied but its file is missing; restore it.`,
      );
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `ClickHouse migration ${file.file} was edited after it was applied (ledger checksum ` +
          `${row.checksum.slice(0, 12)}, file ${file.checksum.slice(0, 12)}). Applied ` +
          "migrations must not change: put the change in a new numbered migration.",
      );
    }
    return file;
  });
}

/**
 * Applies the pending numbered migrations in order and records each in the ledger with its
 * checksum. With `dryRun`, only reports what would run. Each statement should be idempotent
 * (IF NOT EXISTS): a migration that fails half-way is retried whole on the next run.
 */
export async function migrateLake(
  lake: LakeClient,
  placement: Placement,
  options: { dryRun?: boolean; dir?: string } = {},
): Promise<MigrationPlan> {
  const files = readMigrations(options.dir);
  await lake.command({ query: ledgerDdl(placement) });
  const applied = checkApplied(await readLedger(lake, placement), files);
  const done = new Set(applied.map((migration) => migration.version));
  const pending = files.filter((migration) => !done.has(migration.version));
  const statements = pending.flatMap((m) => splitStatements(renderMigration(m.sql, placement)));
  if (options.dryRun) return { applied, pending, statements };

  for (const migration of pending) {
    for (const statement of splitStatements(renderMigration(migration.sql, placement))) {
      await lake.command({ query: statement });
    }
    await lake.insert({
      table: `${placement.database}.schema_migrations`,
      values: [{ version: migration.version, name: migration.name, checksum: migration.checksum }],
      format: "JSONEachRow",
    });
  }
  return { applied, pending, statements };
}
