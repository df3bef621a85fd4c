import { fromDay, monthStart } from "../calendar";
import { corruptCheckDigit } from "../iin";
import { hash, unit } from "../rng";
import type { Cell, Column, SnapshotView, Source } from "../schema/types";
import { ROW_DEFECTS, type DefectConfig, type RowDefect } from "./rates";

export type Injected = { defect: RowDefect; column?: string; detail?: string };

const indexesWhere = (columns: readonly Column[], test: (c: Column) => boolean) =>
  columns.flatMap((c, i) => (test(c) ? [i] : []));

/** A calendar date that cannot exist, written in the column's own format. */
function notADate(column: Column, year: number, draw: number): string {
  const [day, month] = draw % 2 === 0 ? ["31", "02"] : ["30", "02"];
  switch (column.format) {
    case "dmy":
      return `${day}.${month}.${year}`;
    case "ymd":
      return `${year}${month}${day}`;
    case "ym":
      return `${year}13`;
    case "iso-month":
      return `${year}-13`;
    default:
      return `${year}-${month}-${day}`;
  }
}

/**
 * Decides and applies the defect of each row. A row's draw is keyed by (seed, source, family,
 * the row's place among the family's rows of the source), not by date: a record that is broken
 * stays broken from one snapshot to the next, as in a real registry.
 */
export class RowDefects {
  private readonly thresholds: number[] = [];
  private readonly iins: number[];
  private readonly mandatory: number[];
  private readonly dates: number[];
  private readonly codes: number[];

  constructor(
    private readonly source: Source,
    private readonly sourceIndex: number,
    private readonly seed: number,
    config: DefectConfig,
    private readonly typed: boolean,
  ) {
    let total = 0;
    for (const defect of ROW_DEFECTS) {
      total += config.rows[defect];
      this.thresholds.push(total);
    }
    const columns = source.columns;
    this.iins = indexesWhere(columns, (c) => c.type === "iin");
    this.mandatory = indexesWhere(columns, (c) => c.required);
    const isDate = (c: Column) => c.type === "date" || c.type === "month";
    this.dates = indexesWhere(
      columns,
      (c) => isDate(c) && (c.required || c.birthDate === true) && !(typed && c.future === true),
    );
    this.codes = indexesWhere(columns, (c) => (c.unknownCodes?.length ?? 0) > 0);
  }

  /** The defect drawn for a row, or null for a clean row. */
  draw(family: number, rowKey: number): { defect: RowDefect; h: number } | null {
    const h = hash(this.seed, 9000 + this.sourceIndex, family, rowKey);
    const u = unit(h);
    for (let i = 0; i < this.thresholds.length; i++) {
      if (u < (this.thresholds[i] ?? 0))
        return { defect: ROW_DEFECTS[i] ?? "invalid_iin", h: hash(h, 7) };
    }

    return null;
  }

  private pick(row: Cell[], candidates: number[], h: number): number | null {
    const filled = candidates.filter((i) => row[i] !== null && row[i] !== undefined);
    if (filled.length === 0) return null;

    return filled[h % filled.length] ?? null;
  }

  /** Changes the row; null when the row offers nothing this defect could change. */
  apply(row: Cell[], defect: RowDefect, h: number, view: SnapshotView): Injected | null {
    const columns = this.source.columns;
    const name = (i: number) => columns[i]?.name ?? "";
    switch (defect) {
      case "duplicate_row":
        return { defect };
      case "contradiction": {
        const detail = this.source.contradict?.(row, view, h) ?? null;
        return detail === null ? null : { defect, detail };
      }
      case "invalid_iin": {
        const at = this.pick(row, this.iins, h);
        if (at === null) return null;

        row[at] = corruptCheckDigit(String(row[at]), h);
        return { defect, column: name(at), detail: "check digit does not match" };
      }
      case "missing_field": {
        const at = this.pick(row, this.mandatory, h);
        if (at === null) return null;

        row[at] = null;
        return { defect, column: name(at), detail: "mandatory value is empty" };
      }
      case "unknown_code": {
        const at = this.pick(row, this.codes, h);
        const unknown = at === null ? undefined : columns[at]?.unknownCodes;
        if (at === null || !unknown) return null;

        row[at] = unknown[h % unknown.length] ?? null;
        return { defect, column: name(at), detail: "value not in the code list" };
      }
      case "impossible_date":
        return this.impossibleDate(row, h, view);
    }
  }

  private impossibleDate(row: Cell[], h: number, view: SnapshotView): Injected | null {
    const at = this.pick(row, this.dates, h);
    const column = at === null ? undefined : this.source.columns[at];
    if (at === null || !column) return null;

    const value = row[at];
    const year = typeof value === "number" ? fromDay(value).year : fromDay(view.day).year;
    if (!this.typed && ((h >>> 3) % 2 === 0 || column.future === true)) {
      row[at] = notADate(column, year, h >>> 5);
      return { defect: "impossible_date", column: column.name, detail: "not a calendar date" };
    }

    // A month column is written as its month: a later date must fall in a later month.
    const after = column.type === "month" ? monthStart(view.day, 1) : view.day + 1;
    row[at] = after + (h % 400);
    const what = column.birthDate
      ? "birth date after the snapshot day"
      : "date after the snapshot day";
    return { defect: "impossible_date", column: column.name, detail: what };
  }
}
