import { textCell } from "../schema/cells";
import type { Cell, Column, CsvFormat } from "../schema/types";
import type { RowWriter } from "./row-writer";
import { TextFile } from "./text-writer";

function quoter(delimiter: string): (text: string) => string {
  const special = new RegExp(`["\r\n${delimiter === "|" ? "\\|" : delimiter}]`);

  return (text) => (special.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
}

/** Numbers, dates and codes never hold a delimiter, so only free text is checked for quoting. */
const freeText = (column: Column) => column.type === "text";

/** Delimited text with a header row; RFC 4180 quoting whatever the delimiter. */
export function csvWriter(path: string, columns: readonly Column[], format: CsvFormat): RowWriter {
  const file = new TextFile(path, format.encoding);
  const { delimiter, lineEnding } = format;
  const quote = quoter(delimiter);
  const checked = columns.map(freeText);
  file.line(columns.map((c) => quote(c.name)).join(delimiter) + lineEnding);

  return {
    write(row) {
      let line = "";
      for (let i = 0; i < columns.length; i++) {
        const column = columns[i] as Column;
        if (i > 0) line += delimiter;
        const text = textCell(row[i] as Cell, column, format);
        line += checked[i] ? quote(text) : text;
      }
      file.line(line + lineEnding);
    },
    close: () => file.close(),
  };
}
