import type { AfRow, Deprivation } from "../alkire-foster";
import { compare, ONE, ZERO, type Fraction } from "../fraction";
import { parseFraction } from "../parse-fraction";
import { ScoringError } from "../scoring-error";
import type { CsvTable } from "./csv";

export type TableColumns = {
  /** The indicator columns, named by the weights file. */
  indicators: readonly string[];
  /** Indicator → deprivation cutoff (deprived when strictly below); others hold 0/1 flags. */
  cutoffs: ReadonlyMap<string, Fraction>;
  groupColumn: string | null;
  weightColumn: string | null;
};

export type TableSources = { csv: string; weights: string };

const MISSING = /^(na|nan)?$/i;

function isMissing(cell: string): boolean {
  return MISSING.test(cell);
}

function columnIndex(table: CsvTable, name: string, namedBy: string, csv: string): number {
  const first = table.header.indexOf(name);
  if (first === -1) {
    throw new ScoringError(
      "unknown_column",
      `column '${name}' named by ${namedBy} is not in ${csv}; ` +
        `its columns are: ${table.header.join(", ")}`,
    );
  }
  if (table.header.indexOf(name, first + 1) !== -1) {
    throw new ScoringError("unknown_column", `column '${name}' appears twice in ${csv}'s header`);
  }

  return first;
}

function readNumber(cell: string, where: string): Fraction {
  try {
    return parseFraction(cell);
  } catch {
    throw new ScoringError("invalid_cell", `${where}: '${cell}' is not a number`);
  }
}

function readFlag(cell: string, cutoff: Fraction | undefined, where: string): Deprivation {
  if (isMissing(cell)) return null;

  if (cutoff) return compare(readNumber(cell, where), cutoff) < 0 ? 1 : 0;

  const value = readNumber(cell, where);
  if (compare(value, ZERO) === 0) return 0;
  if (compare(value, ONE) === 0) return 1;
  throw new ScoringError(
    "invalid_cell",
    `${where}: '${cell}' is not 0 or 1 (an empty, NA or NaN cell marks a missing value; ` +
      `give --cutoffs for raw achievements)`,
  );
}

function readWeight(cell: string, where: string): Fraction | null {
  if (isMissing(cell)) return null;

  const weight = readNumber(cell, where);
  if (weight.num <= 0n) {
    throw new ScoringError("invalid_cell", `${where}: the row weight '${cell}' must be above 0`);
  }

  return weight;
}

/**
 * The CSV records as rows of deprivation flags. Empty, NA and NaN cells are missing values: the
 * row is kept as missing, to be excluded and counted, never read as "not deprived".
 */
export function tableToRows(
  table: CsvTable,
  columns: TableColumns,
  sources: TableSources,
): AfRow[] {
  const indicatorIndex = columns.indicators.map((name) =>
    columnIndex(table, name, sources.weights, sources.csv),
  );
  const groupIndex =
    columns.groupColumn === null
      ? null
      : columnIndex(table, columns.groupColumn, "--group", sources.csv);
  const weightIndex =
    columns.weightColumn === null
      ? null
      : columnIndex(table, columns.weightColumn, "--weight-column", sources.csv);

  return table.records.map(({ line, fields }) => {
    const cell = (index: number) => (fields[index] ?? "").trim();
    const where = (index: number) => `${sources.csv} line ${line}, column '${table.header[index]}'`;

    const flags = columns.indicators.map((name, j) => {
      const index = indicatorIndex[j] ?? 0;
      return readFlag(cell(index), columns.cutoffs.get(name), where(index));
    });
    const row: AfRow = { flags };
    if (weightIndex !== null) row.weight = readWeight(cell(weightIndex), where(weightIndex));
    if (groupIndex !== null) row.group = isMissing(cell(groupIndex)) ? null : cell(groupIndex);

    return row;
  });
}
