import fs from "node:fs";
import path from "node:path";
import { Session } from "chdb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_DEFECTS } from "./defects/rates";
import type { Column, Source } from "./schema/types";
import { SOURCES } from "./sources";
import { generateSmall, type Generated } from "./testing/fixture";
import { readManifest, readTextFile } from "./testing/read-delivery";

const DATE = "2026-03-10";
let run: Generated;
let session: Session;

beforeAll(async () => {
  run = await generateSmall({ families: 1500, defects: NO_DEFECTS });
  session = new Session();
});
afterAll(() => {
  session.cleanup();
  run.remove();
});

const PATTERNS: Record<string, RegExp> = {
  iin: /^\d{12}$/,
  int: /^-?\d+$/,
  iso: /^\d{4}-\d{2}-\d{2}$/,
  dmy: /^\d{2}\.\d{2}\.\d{4}$/,
  ymd: /^\d{8}$/,
  ym: /^\d{6}$/,
  "iso-month": /^\d{4}-\d{2}$/,
};

function checkCell(source: Source, column: Column, value: string | null): void {
  const where = `${source.id}.${column.name}`;
  if (value === null) {
    expect(column.required, `${where} is mandatory`).toBe(false);
    return;
  }
  const format = source.format;
  switch (column.type) {
    case "iin":
    case "int":
      return void expect(value, where).toMatch(PATTERNS[column.type] as RegExp);
    case "date":
    case "month":
      return void expect(value, where).toMatch(PATTERNS[column.format ?? "iso"] as RegExp);
    case "decimal": {
      const decimal = format.kind === "csv" ? format.decimal : ".";
      return void expect(value.replace(decimal, "."), where).toMatch(/^-?\d+(\.\d+)?$/);
    }
    case "bool":
      return void expect(format.kind === "csv" ? format.bool : ["true", "false"], where).toContain(
        value,
      );
    case "code":
      return void expect(column.codes, where).toContain(value);
    default:
      return void expect(value.length, where).toBeGreaterThan(0);
  }
}

const textSources = SOURCES.filter((s) => s.format.kind === "csv" || s.format.kind === "ndjson");

describe("deliveries match their documented schemas", () => {
  it.each(textSources.map((s) => [s.id, s] as const))(
    "%s: header and every cell",
    (_id, source) => {
      const dir = path.join(run.dataDir, "landing", source.id, DATE);
      const manifest = readManifest(dir);
      const file = manifest.files[0];
      const { header, rows } = readTextFile(source, path.join(dir, file?.name ?? ""));

      expect(header).toEqual(source.columns.map((c) => c.name));
      expect(rows.length).toBe(file?.rows);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row).toHaveLength(source.columns.length);
        source.columns.forEach((column, i) => checkCell(source, column, row[i] ?? null));
      }
    },
  );

  const csvDecoded =
    "ClickHouse reads every CSV with its own delimiter, and the Windows-1251 ones decoded";
  it(csvDecoded, async () => {
    const query = async (sql: string) =>
      (await session.queryAsync(sql, { format: "JSONEachRow" })).text();
    for (const source of SOURCES) {
      const format = source.format;
      if (format.kind !== "csv") continue;

      const dir = path.join(run.dataDir, "landing", source.id, DATE);
      const file = path.join(dir, readManifest(dir).files[0]?.name ?? "");
      // Tab-separated deliveries are plain TSV (no field holds a tab, quote or line break).
      const reader =
        format.delimiter === "\t"
          ? "TSVWithNames)"
          : `CSVWithNames) SETTINGS format_csv_delimiter = '${format.delimiter}'`;
      const counted = await query(`SELECT count() AS n FROM file('${file}', ${reader}`);
      expect(Number((JSON.parse(counted) as { n: string }).n), source.id).toBe(
        readManifest(dir).rows,
      );
      if (format.encoding !== "windows-1251") continue;

      const header = await query(
        "SELECT convertCharset(line, 'windows-1251', 'utf-8') AS h " +
          `FROM file('${file}', LineAsString) LIMIT 1`,
      );
      const expected = source.columns.map((c) => c.name).join(format.delimiter);
      expect((JSON.parse(header) as { h: string }).h.replace(/\r$/, "")).toBe(expected);
    }
  });

  it("ClickHouse reads the Parquet deliveries with typed columns", async () => {
    for (const source of SOURCES.filter((s) => s.format.kind === "parquet")) {
      const dir = path.join(run.dataDir, "landing", source.id, DATE);
      const manifest = readManifest(dir);
      const file = path.join(dir, manifest.files[0]?.name ?? "");
      const described = await session.queryAsync(`DESCRIBE file('${file}', Parquet)`, {
        format: "JSONEachRow",
      });
      const columns = described
        .text()
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { name: string; type: string });
      const count = await session.queryAsync(`SELECT count() AS n FROM file('${file}', Parquet)`, {
        format: "JSONEachRow",
      });

      expect(columns.map((c) => c.name)).toEqual(source.columns.map((c) => c.name));
      expect(columns.find((c) => c.name === "registered_on")?.type).toMatch(/Date/);
      expect(Number((JSON.parse(count.text()) as { n: string }).n)).toBe(manifest.rows);
      expect(fs.statSync(file).size).toBe(manifest.files[0]?.bytes);
    }
  });
});
