import fs from "node:fs";
import path from "node:path";
import type { Manifest } from "../delivery/manifest";
import type { Source } from "../schema/types";

/** Splits delimited text into records (RFC 4180 quoting, any delimiter, LF or CRLF). */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === delimiter) {
      record.push(field);
      field = "";
    } else if (c === "\n") {
      record.push(field.endsWith("\r") ? field.slice(0, -1) : field);
      records.push(record);
      record = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || record.length > 0) records.push([...record, field]);

  return records;
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as Manifest;
}

/** A delivered text file as a header and rows of strings (null for an empty cell or JSON null). */
export function readTextFile(
  source: Source,
  file: string,
): { header: string[]; rows: (string | null)[][] } {
  const bytes = fs.readFileSync(file);
  const format = source.format;
  if (format.kind === "ndjson") {
    const lines = bytes.toString("utf8").split("\n").filter(Boolean);
    type Json = string | number | boolean | null;
    const objects = lines.map((line) => JSON.parse(line) as Record<string, Json>);
    const header = Object.keys(objects[0] ?? {});
    const text = (value: Json | undefined) =>
      value === null || value === undefined ? null : String(value);
    const rows = objects.map((o) => header.map((k) => text(o[k])));
    return { header, rows };
  }
  if (format.kind !== "csv") throw new Error(`${source.id} is not a text source`);

  const encoding = format.encoding === "windows-1251" ? "windows-1251" : "utf-8";
  const text = new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
  const [header = [], ...rows] = parseDelimited(text, format.delimiter);

  return { header, rows: rows.map((r) => r.map((c) => (c === "" ? null : c))) };
}
