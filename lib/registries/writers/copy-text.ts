import { isoDate, isoMonth } from "../calendar";
import type { Cell, Column } from "../schema/types";
import type { RowWriter } from "./row-writer";
import { TextFile } from "./text-writer";

function escape(text: string): string {
  return text
    .replaceAll("\\", "\\\\")
    .replaceAll("\t", "\\t")
    .replaceAll("\n", "\\n")
    .replaceAll("\r", "\\r");
}

/** A cell in PostgreSQL's COPY text format. */
export function copyCell(value: Cell, column: Column): string {
  if (value === null) return "\\N";

  switch (column.type) {
    case "date":
      return typeof value === "number" ? isoDate(value) : escape(value as string);
    case "month":
      return typeof value === "number" ? isoMonth(value) : escape(value as string);
    case "decimal":
      return typeof value === "number" ? value.toFixed(column.scale ?? 2) : escape(String(value));
    case "bool":
      return value === true ? "t" : "f";
    default:
      return escape(String(value));
  }
}

/**
 * Rows for the database-served source, staged as COPY text (no header) and loaded into Postgres
 * once every part is written. The file's hash is the checksum the manifest gives for the table.
 */
export function copyTextWriter(path: string, columns: readonly Column[]): RowWriter {
  const file = new TextFile(path, "utf-8");

  return {
    write(row) {
      const cells = columns.map((column, i) => copyCell(row[i] ?? null, column));
      file.line(`${cells.join("\t")}\n`);
    },
    close: () => file.close(),
  };
}
