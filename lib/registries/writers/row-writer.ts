import type { Cell } from "../schema/types";
import type { FileStats } from "./hashed-file";

/** Writes one file of a delivery, row by row. */
export type RowWriter = {
  write: (row: Cell[]) => void;
  close: () => FileStats;
};
