import fs from "node:fs";
import path from "node:path";
import type { Source } from "../schema/types";
import type { FileResult } from "../run/results";

export type ManifestFile = { name: string; rows: number; bytes: number; sha256: string };

export type Manifest = {
  source: string;
  date: string;
  schemaVersion: number;
  format: Record<string, string | boolean>;
  batch: number;
  rows: number;
  files: ManifestFile[];
  table?: { database: string; name: string; sha256: string };
};

function describeFormat(source: Source): Record<string, string | boolean> {
  const format = source.format;
  if (format.kind !== "csv") return { kind: format.kind, language: source.language };

  return {
    kind: "csv",
    delimiter: format.delimiter,
    encoding: format.encoding,
    header: true,
    quote: '"',
    decimal: format.decimal,
    lineEnding: format.lineEnding === "\r\n" ? "CRLF" : "LF",
    language: source.language,
  };
}

/** The manifest of one delivery: what was sent, so a receiver can check nothing was lost. */
export function buildManifest(source: Source, date: string, files: FileResult[]): Manifest {
  return {
    source: source.id,
    date,
    schemaVersion: source.version,
    format: describeFormat(source),
    batch: 1,
    rows: files.reduce((sum, f) => sum + f.rows, 0),
    files: files.map(({ name, rows, bytes, sha256 }) => ({ name, rows, bytes, sha256 })),
  };
}

export function writeManifest(dir: string, manifest: Manifest): void {
  fs.writeFileSync(path.join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
}
