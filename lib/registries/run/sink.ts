import path from "node:path";
import { RowDefects } from "../defects/row-defects";
import type { DefectConfig } from "../defects/rates";
import type { Cell, SnapshotView, Source } from "../schema/types";
import { openWriter, typedStorage, type RowWriter } from "../writers";
import type { TextFile } from "../writers/text-writer";
import { emptyCounts, type FileResult } from "./results";

/**
 * The rows of one source in one part: draws each row's defect, writes the row (twice for a
 * duplicate) and records every defect in the ground truth with its file and data row number.
 */
export class SourceSink {
  private readonly writer: RowWriter;
  private readonly defects: RowDefects;
  private readonly counts = emptyCounts();
  private rows = 0;
  private clean = 0;
  private family = 0;
  private rowKey = 0;

  constructor(
    private readonly source: Source,
    sourceIndex: number,
    private readonly file: string,
    private readonly truth: TextFile,
    seed: number,
    config: DefectConfig,
  ) {
    this.writer = openWriter(source, file);
    this.defects = new RowDefects(source, sourceIndex, seed, config, typedStorage(source));
  }

  begin(family: number): void {
    this.family = family;
    this.rowKey = 0;
  }

  row(cells: Cell[], view: SnapshotView): void {
    const drawn = this.defects.draw(this.family, this.rowKey);
    this.rowKey += 1;
    const injected = drawn ? this.defects.apply(cells, drawn.defect, drawn.h, view) : null;
    this.writer.write(cells);
    this.rows += 1;
    if (!injected) {
      this.clean += 1;
      return;
    }

    if (injected.defect === "duplicate_row") {
      this.clean += 1;
      this.writer.write(cells);
      this.rows += 1;
      this.record({ defect: "duplicate_row", detail: `copy of row ${this.rows - 1}` });
      return;
    }
    this.record(injected);
  }

  private record(entry: { defect: keyof FileResult["defects"]; column?: string; detail?: string }) {
    this.counts[entry.defect] += 1;
    const line = {
      source: this.source.id,
      file: path.basename(this.file),
      row: this.rows,
      defect: entry.defect,
      column: entry.column ?? null,
      detail: entry.detail ?? null,
      family: this.family,
    };
    this.truth.line(`${JSON.stringify(line)}\n`);
  }

  close(): FileResult {
    const stats = this.writer.close();

    return {
      source: this.source.id,
      name: path.basename(this.file),
      rows: this.rows,
      clean: this.clean,
      bytes: stats.bytes,
      sha256: stats.sha256,
      defects: this.counts,
    };
  }
}
