import { pseudonymSql } from "../../identity/pseudonym";
import type { Column } from "../../registries/schema/types";
import type { LakeColumn } from "../sources";

/** The raw text of a column, NULL when empty; `c<position>` comes from readDelivery. */
export const raw = (lakeColumn: LakeColumn) => `nullIf(c${lakeColumn.position}, '')`;

// parseDateTime64 is strict: 31.02 and 2026-1-5 give NULL rather than a rolled-over date.
// Months are read as their first day. The lake's Date32 holds 1900 to 2299.
const DATE_FORMATS: Record<string, string> = {
  iso: "%Y-%m-%d",
  dmy: "%d.%m.%Y",
  ymd: "%Y%m%d",
  ym: "%Y%m",
  "iso-month": "%Y-%m",
};

function dateValue(text: string, column: Column): string {
  const parsed = `parseDateTime64OrNull(${text}, '${DATE_FORMATS[column.format ?? "iso"]}')`;
  return `if(toYear(${parsed}) BETWEEN 1900 AND 2299, toDate32(${parsed}), NULL)`;
}

function boolValue(text: string, [truthy, falsy]: readonly [string, string]): string {
  const yes = `${text} IN ('${truthy}', 'true', '1')`;
  const no = `${text} IN ('${falsy}', 'false', '0')`;
  return `multiIf(${yes}, true, ${no}, false, NULL)`;
}

/** The column's value as the lake stores it, computed from its raw text. */
export function typedValue(lakeColumn: LakeColumn, bool: readonly [string, string]): string {
  const { column } = lakeColumn;
  const text = raw(lakeColumn);
  if (lakeColumn.pseudonymised || column.type === "iin") {
    return `if(${text} IS NULL, NULL, ${pseudonymSql(text)})`;
  }
  switch (column.type) {
    case "int":
      return `toInt64OrNull(${text})`;
    case "decimal":
      return `toDecimal64OrNull(replaceOne(${text}, ',', '.'), ${column.scale ?? 2})`;
    case "date":
    case "month":
      return dateValue(text, column);
    case "bool":
      return boolValue(text, bool);
    default:
      return text;
  }
}

const BASE_TYPES: Record<Column["type"], (column: Column) => string> = {
  iin: () => "String",
  text: () => "String",
  code: () => "LowCardinality(String)",
  int: () => "Int64",
  decimal: (column) => `Decimal64(${column.scale ?? 2})`,
  date: () => "Date32",
  month: () => "Date32",
  bool: () => "Bool",
};

/** The lake's type of a column; required columns are never NULL once a row is clean. */
export function lakeType(lakeColumn: LakeColumn): string {
  const { column } = lakeColumn;
  const base = BASE_TYPES[column.type](column);
  if (column.required) return base;
  return column.type === "code" ? "LowCardinality(Nullable(String))" : `Nullable(${base})`;
}
