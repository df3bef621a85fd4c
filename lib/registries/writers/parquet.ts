import { ByteWriter, ParquetWriter, type SchemaElement } from "hyparquet-writer";
import type { Cell, Column } from "../schema/types";
import { HashedFile } from "./hashed-file";
import type { RowWriter } from "./row-writer";

const ROW_GROUP = 50_000;
const FLUSH_BYTES = 1 << 20;

function element(column: Column): SchemaElement {
  const base = { name: column.name, repetition_type: "OPTIONAL" } as const;
  switch (column.type) {
    case "date":
      return { ...base, type: "INT32", converted_type: "DATE" };
    case "int":
      return { ...base, type: "INT32" };
    case "decimal":
      return { ...base, type: "DOUBLE" };
    case "bool":
      return { ...base, type: "BOOLEAN" };
    default:
      return { ...base, type: "BYTE_ARRAY", converted_type: "UTF8" };
  }
}

/** A byte writer that streams to a hashed file instead of growing in memory. */
function streamingWriter(file: HashedFile): ByteWriter {
  const writer = new ByteWriter();
  const flush = () => {
    file.write(new Uint8Array(writer.buffer, 0, writer.index).slice());
    writer.index = 0;
  };
  writer.ensure = (size: number) => {
    if (writer.index > FLUSH_BYTES) flush();
    if (writer.index + size > writer.buffer.byteLength) {
      const grown = new ArrayBuffer(Math.max(writer.buffer.byteLength * 2, writer.index + size));
      new Uint8Array(grown).set(new Uint8Array(writer.buffer, 0, writer.index));
      writer.buffer = grown;
      writer.view = new DataView(grown);
    }
  };
  writer.finish = flush;

  return writer;
}

/**
 * Parquet with one column per schema column, row groups of 50,000 rows, Snappy pages. Every
 * column is declared OPTIONAL: a missing mandatory value is one of the defects a source has.
 */
export function parquetWriter(path: string, columns: readonly Column[]): RowWriter {
  const file = new HashedFile(path);
  const schema: SchemaElement[] = [
    { name: "schema", num_children: columns.length },
    ...columns.map(element),
  ];
  const writer = new ParquetWriter({
    writer: streamingWriter(file),
    schema,
    statistics: false,
    createdBy: "family-card registries generator",
  });
  let buffers: Cell[][] = columns.map(() => []);
  let rows = 0;

  const flushGroup = () => {
    if (rows === 0) return;

    const columnData = columns.map((c, i) => ({ name: c.name, data: buffers[i] ?? [] }));
    void writer.write({ columnData, rowGroupSize: ROW_GROUP });
    buffers = columns.map(() => []);
    rows = 0;
  };

  return {
    write(row) {
      for (let i = 0; i < columns.length; i++) buffers[i]?.push(row[i] ?? null);
      rows += 1;
      if (rows >= ROW_GROUP) flushGroup();
    },
    close() {
      flushGroup();
      void writer.finish();

      return file.close();
    },
  };
}
