import type { Column, ColumnType } from "./types";

type Options = Omit<Column, "name" | "type" | "meaning" | "required">;

/** A mandatory column. */
export function required(
  name: string,
  type: ColumnType,
  meaning: string,
  options: Options = {},
): Column {
  return { name, type, meaning, required: true, ...options };
}

/** A column that may be empty. */
export function optional(
  name: string,
  type: ColumnType,
  meaning: string,
  options: Options = {},
): Column {
  return { name, type, meaning, required: false, ...options };
}

export const iinColumn = (name: string, meaning = "IIN of the person"): Column =>
  required(name, "iin", meaning, { personal: "iin" });
