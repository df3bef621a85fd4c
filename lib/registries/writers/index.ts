import type { Source } from "../schema/types";
import { copyTextWriter } from "./copy-text";
import { csvWriter } from "./csv";
import { ndjsonWriter } from "./ndjson";
import { parquetWriter } from "./parquet";
import type { RowWriter } from "./row-writer";

export function fileExtension(source: Source): string {
  const format = source.format;
  if (format.kind === "ndjson") return "ndjson";
  if (format.kind === "parquet") return "parquet";
  if (format.kind === "postgres") return "copy.tsv";
  if (format.delimiter === "\t") return "tsv";
  if (format.delimiter === "|") return "txt";

  return "csv";
}

/** True when cells keep their types on disk, so a defect cannot write free text into a date. */
export function typedStorage(source: Source): boolean {
  return source.format.kind === "parquet" || source.format.kind === "postgres";
}

export function openWriter(source: Source, path: string): RowWriter {
  const format = source.format;
  switch (format.kind) {
    case "csv":
      return csvWriter(path, source.columns, format);
    case "ndjson":
      return ndjsonWriter(path, source.columns);
    case "parquet":
      return parquetWriter(path, source.columns);
    case "postgres":
      return copyTextWriter(path, source.columns);
  }
}

export type { RowWriter };
