import { iinValidSql } from "../../identity/iin";
import type { LakeColumn, PipelineSource } from "../sources";
import { boolWords } from "./bool";
import { raw, typedValue } from "./values";

const literal = (text: string) => `'${text.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;

/** A reason names the defect and the column, never a value: no personal data in reasons. */
function label(kind: string, lakeColumn: LakeColumn): string {
  return literal(`${kind}:${lakeColumn.lake ?? lakeColumn.column.personal ?? "column"}`);
}

function checks(lakeColumn: LakeColumn, bool: readonly [string, string]): [string, string][] {
  const { column } = lakeColumn;
  const text = raw(lakeColumn);
  const value = typedValue(lakeColumn, bool);
  const present = `${text} IS NOT NULL`;
  const found: [string, string][] = [];
  if (column.required) found.push([`${text} IS NULL`, label("missing_field", lakeColumn)]);

  if (column.type === "iin") {
    found.push([`${present} AND NOT ${iinValidSql(text)}`, label("invalid_iin", lakeColumn)]);
  } else if (column.type === "code" && column.codes) {
    const codes = column.codes.map(literal).join(", ");
    found.push([`${present} AND ${text} NOT IN (${codes})`, label("unknown_code", lakeColumn)]);
  } else if (column.type === "int" || column.type === "decimal") {
    found.push([`${present} AND ${value} IS NULL`, label("invalid_number", lakeColumn)]);
  } else if (column.type === "bool") {
    found.push([`${present} AND ${value} IS NULL`, label("invalid_value", lakeColumn)]);
  } else if (column.type === "date" || column.type === "month") {
    found.push([`${present} AND ${value} IS NULL`, label("impossible_date", lakeColumn)]);
    if (!column.future) {
      // A month is read as its first day: only a later month is after the snapshot.
      const later = `${present} AND ${value} > {snapshot_date:Date32}`;
      found.push([later, label("impossible_date", lakeColumn)]);
    }
  }
  return found;
}

/**
 * Why a delivered row cannot enter the lake, or '' when it can: the first failed check of its
 * columns in schema order. Repeated rows are found apart (see staging). Expects the columns
 * c<position> (see readDelivery).
 */
export function reasonSql(source: PipelineSource): string {
  const all = source.columns.flatMap((lakeColumn) => checks(lakeColumn, boolWords(source)));
  const branches = all.map(([condition, reason]) => `${condition}, ${reason}`);

  return `multiIf(${[...branches, "''"].join(", ")})`;
}
