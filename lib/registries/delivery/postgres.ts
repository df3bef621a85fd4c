import crypto from "node:crypto";
import fs from "node:fs";
import readline from "node:readline";
import pg from "pg";
import type { Source } from "../schema/types";

export const REGISTRIES_DATABASE = "registries";
const BATCH = 5000;

const SQL_TYPES = {
  date: "date",
  decimal: "numeric(14,2)",
  int: "integer",
  bool: "boolean",
} as const;

export function registriesUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${REGISTRIES_DATABASE}`;

  return parsed.toString();
}

export function tableName(source: Source, date: string): string {
  if (source.format.kind !== "postgres") throw new Error(`${source.id} is not served by Postgres`);

  return `${source.format.table}${date.replaceAll("-", "")}`;
}

async function ensureDatabase(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [
      REGISTRIES_DATABASE,
    ]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${REGISTRIES_DATABASE}`);
  } finally {
    await admin.end();
  }
}

function unescape(cell: string): string | null {
  if (cell === "\\N") return null;

  return cell.replace(/\\(.)/g, (_, c: string) => ({ t: "\t", n: "\n", r: "\r" })[c] ?? c);
}

export type LoadResult = { table: string; rows: number; sha256: string };

/**
 * Loads the staged rows (COPY text, in part order) into a fresh table and swaps it in for the
 * snapshot date in one transaction, so readers see the old table or the new one, never half.
 * Rows get `id` = their position (1-based), the row number the ground truth refers to.
 */
export async function loadTable(
  url: string,
  source: Source,
  date: string,
  stagedFiles: string[],
): Promise<LoadResult> {
  await ensureDatabase(url);
  const table = tableName(source, date);
  const loading = `${table}_loading`;
  const client = new pg.Client({ connectionString: registriesUrl(url) });
  await client.connect();
  const hash = crypto.createHash("sha256");
  let rows = 0;
  try {
    const columns = source.columns.map(
      (c) => `"${c.name}" ${SQL_TYPES[c.type as keyof typeof SQL_TYPES] ?? "text"}`,
    );
    await client.query(`DROP TABLE IF EXISTS ${loading}`);
    await client.query(`CREATE TABLE ${loading} (id bigint PRIMARY KEY, ${columns.join(", ")})`);
    const casts = [
      "bigint",
      ...source.columns.map((c) => SQL_TYPES[c.type as keyof typeof SQL_TYPES] ?? "text"),
    ];
    const params = casts.map((t, i) => `$${i + 1}::${t}[]`).join(", ");
    const insert = `INSERT INTO ${loading} SELECT * FROM unnest(${params})`;
    let batch: (string | null)[][] = casts.map(() => []);
    const flush = async () => {
      if ((batch[0]?.length ?? 0) === 0) return;
      await client.query(insert, batch);
      batch = casts.map(() => []);
    };
    for (const file of stagedFiles) {
      const lines = readline.createInterface({
        input: fs.createReadStream(file),
        crlfDelay: Infinity,
      });
      for await (const line of lines) {
        hash.update(`${line}\n`);
        rows += 1;
        batch[0]?.push(String(rows));
        line.split("\t").forEach((cell, i) => batch[i + 1]?.push(unescape(cell)));
        if ((batch[0]?.length ?? 0) >= BATCH) await flush();
      }
    }
    await flush();
    await client.query("BEGIN");
    await client.query(`DROP TABLE IF EXISTS ${table}`);
    await client.query(`ALTER TABLE ${loading} RENAME TO ${table}`);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }

  return { table, rows, sha256: hash.digest("hex") };
}
