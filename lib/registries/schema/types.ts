import type { Assignment } from "../model/benefits";
import type { Family } from "../model/types";

export type DateFormat = "iso" | "dmy" | "ymd";
export type MonthFormat = "iso-month" | "ym";
export type ColumnType = "iin" | "text" | "int" | "decimal" | "date" | "month" | "bool" | "code";
/** Columns that identify a person: the pipeline must pseudonymise or vault them. */
export type Personal = "iin" | "name" | "phone" | "address";

export type Column = {
  /** The name exactly as it appears in the file's header, JSON key or table column. */
  name: string;
  type: ColumnType;
  meaning: string;
  required: boolean;
  personal?: Personal;
  format?: DateFormat | MonthFormat;
  codes?: readonly string[];
  /** Values outside the code list that the unknown-code defect writes. */
  unknownCodes?: readonly string[];
  /** Decimal places written for decimals. */
  scale?: number;
  /** The person's birth date: a future value is an impossible date. */
  birthDate?: boolean;
  /** Dates that are legitimately after the snapshot day (expected delivery, graduation). */
  future?: boolean;
};

export type Encoding = "utf-8" | "utf-8-bom" | "windows-1251";
export type Language = "en" | "ru" | "kk";

export type CsvFormat = {
  kind: "csv";
  delimiter: "," | ";" | "|" | "\t";
  encoding: Encoding;
  decimal: "." | ",";
  bool: readonly [string, string];
  lineEnding: "\n" | "\r\n";
};
export type Format =
  CsvFormat | { kind: "ndjson" } | { kind: "parquet" } | { kind: "postgres"; table: string };

/** A typed value before it is written; a string in a date column is written as it is. */
export type Cell = string | number | boolean | null;

export type SnapshotView = {
  seed: number;
  day: number;
  family: Family;
  benefits: () => Assignment[];
};

export type Source = {
  id: string;
  title: string;
  owner: string;
  /** What one row is. */
  row: string;
  /** The source's own identifiers and codes, in a sentence or two. */
  notes: string;
  version: number;
  language: Language;
  format: Format;
  columns: readonly Column[];
  /** Makes the row contradict another source; returns a description, or null if it cannot. */
  contradict?: (row: Cell[], view: SnapshotView, draw: number) => string | null;
  emit: (view: SnapshotView, out: (row: Cell[]) => void) => void;
};
