import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export type Migration = {
  version: number;
  name: string;
  file: string;
  checksum: string;
  sql: string;
};

export class MigrationError extends Error {
  override name = "MigrationError";
}

const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export const MIGRATIONS_DIR = path.join(process.cwd(), "clickhouse", "migrations");

/** The numbered SQL files of a folder, in order; a misnamed or duplicated number is an error. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const migrations = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".sql"))
    .map((file) => {
      const match = FILE_NAME.exec(file);
      if (!match?.[1] || !match[2]) {
        throw new MigrationError(
          `ClickHouse migration ${file} is misnamed: use NNNN_words.sql (e.g. 0002_add_scores.sql)`,
        );
      }
      const sql = fs.readFileSync(path.join(dir, file), "utf8");
      const checksum = crypto.createHash("sha256").update(sql).digest("hex");
      return { version: Number(match[1]), name: match[2], file, checksum, sql };
    })
    .sort((a, b) => a.version - b.version);

  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]?.version === migrations[i - 1]?.version) {
      throw new MigrationError(`Two ClickHouse migrations share number ${migrations[i]?.file}`);
    }
  }
  return migrations;
}

export type Placement = { database: string; cluster?: string | undefined };

/**
 * Fills a migration's placeholders: {{database}}; {{on_cluster}}, which becomes ON CLUSTER on a
 * cluster and nothing on one server; {{replicated}}, which prefixes MergeTree engines on a cluster.
 */
export function renderMigration(sql: string, placement: Placement): string {
  const cluster = placement.cluster;
  return sql
    .replaceAll("{{database}}", placement.database)
    .replaceAll("{{on_cluster}}", cluster ? `ON CLUSTER ${cluster}` : "")
    .replaceAll("{{replicated}}", cluster ? "Replicated" : "");
}

/** Statements end with a semicolon at the end of a line; comment lines are dropped. */
export function splitStatements(sql: string): string[] {
  const code = sql
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("--"))
    .join("\n");
  return code
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
