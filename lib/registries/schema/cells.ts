import { compactDate, compactMonth, dmyDate, isoDate, isoMonth } from "../calendar";
import type { Cell, Column, CsvFormat } from "./types";

/** A date or month cell as text in the column's format; strings pass through (defects). */
export function formatDay(value: number | string, column: Column): string {
  if (typeof value === "string") return value;

  switch (column.format) {
    case "dmy":
      return dmyDate(value);
    case "ymd":
      return compactDate(value);
    case "ym":
      return compactMonth(value);
    case "iso-month":
      return isoMonth(value);
    default:
      return isoDate(value);
  }
}

function formatDecimal(value: number, column: Column, decimal: "." | ","): string {
  const text = value.toFixed(column.scale ?? 2);

  return decimal === "," ? text.replace(".", ",") : text;
}

/** A cell as delimited text (not yet quoted). */
export function textCell(value: Cell, column: Column, format: CsvFormat): string {
  if (value === null) return "";

  switch (column.type) {
    case "date":
    case "month":
      return formatDay(value as number | string, column);
    case "decimal":
      return typeof value === "number"
        ? formatDecimal(value, column, format.decimal)
        : String(value);
    case "bool":
      return value === true ? format.bool[0] : value === false ? format.bool[1] : String(value);
    default:
      return String(value);
  }
}

/** A cell as a JSON value. */
export function jsonCell(value: Cell, column: Column): string {
  if (value === null) return "null";

  switch (column.type) {
    case "date":
    case "month":
      return JSON.stringify(formatDay(value as number | string, column));
    case "decimal":
      return typeof value === "number" ? value.toFixed(column.scale ?? 2) : JSON.stringify(value);
    case "int":
    case "bool":
      return String(value);
    default:
      return JSON.stringify(value);
  }
}
