import { jsonCell } from "../schema/cells";
import type { Cell, Column } from "../schema/types";
import type { RowWriter } from "./row-writer";
import { TextFile } from "./text-writer";

/** One JSON object per line, keys in column order, UTF-8 without BOM. */
export function ndjsonWriter(path: string, columns: readonly Column[]): RowWriter {
  const file = new TextFile(path, "utf-8");
  const keys = columns.map((c) => `${JSON.stringify(c.name)}:`);

  return {
    write(row) {
      let line = "{";
      for (let i = 0; i < columns.length; i++) {
        if (i > 0) line += ",";
        line += (keys[i] as string) + jsonCell(row[i] as Cell, columns[i] as Column);
      }
      file.line(`${line}}\n`);
    },
    close: () => file.close(),
  };
}
