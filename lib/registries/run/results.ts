import type { RowDefect } from "../defects/rates";

export type DefectCounts = Record<RowDefect, number>;

/** One file written for one source by one part. */
export type FileResult = {
  source: string;
  name: string;
  rows: number;
  clean: number;
  bytes: number;
  sha256: string;
  defects: DefectCounts;
};

export type PartResult = { part: number; files: FileResult[] };

export const emptyCounts = (): DefectCounts => ({
  invalid_iin: 0,
  duplicate_row: 0,
  contradiction: 0,
  missing_field: 0,
  impossible_date: 0,
  unknown_code: 0,
});
