import { ScoringError } from "../scoring-error";

export type CsvRecord = {
  /** The line the record starts on, counting the header as line 1. */
  line: number;
  fields: string[];
};

export type CsvTable = { header: string[]; records: CsvRecord[] };

const SPECIAL = /[",\r\n]/g;

type Reader = {
  fields: string[];
  field: string;
  quoted: boolean;
  line: number;
  recordLine: number;
  records: CsvRecord[];
};

function endRecord(reader: Reader): void {
  reader.fields.push(reader.field);
  const blank = reader.fields.length === 1 && reader.field === "" && !reader.quoted;
  if (!blank) reader.records.push({ line: reader.recordLine, fields: reader.fields });

  reader.fields = [];
  reader.field = "";
  reader.quoted = false;
}

/** Reads a quoted field from the opening quote at `start`; returns the index after it. */
function readQuoted(text: string, start: number, reader: Reader, source: string): number {
  const openedOn = reader.line;
  let i = start + 1;
  for (;;) {
    const next = text.indexOf('"', i);
    if (next === -1) {
      throw new ScoringError(
        "invalid_csv",
        `${source} line ${openedOn}: a quoted field is never closed`,
      );
    }

    const chunk = text.slice(i, next);
    reader.line += chunk.match(/\r\n|\r|\n/g)?.length ?? 0;
    reader.field += chunk;
    if (text[next + 1] !== '"') return next + 1;

    reader.field += '"';
    i = next + 2;
  }
}

/**
 * An RFC 4180 reader: comma-separated, fields quoted with '"' and '""' for a quote inside, line
 * breaks CRLF, LF or CR, a leading byte-order mark ignored, blank lines skipped. Every record
 * must have as many fields as the header.
 */
export function parseCsv(text: string, source = "the CSV file"): CsvTable {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const reader: Reader = {
    fields: [],
    field: "",
    quoted: false,
    line: 1,
    recordLine: 1,
    records: [],
  };

  let i = 0;
  while (i < body.length) {
    const char = body[i];
    if (char === '"') {
      if (reader.field !== "" || reader.quoted) {
        throw new ScoringError(
          "invalid_csv",
          `${source} line ${reader.line}: a quote inside a field that does not start with one`,
        );
      }
      reader.quoted = true;
      i = readQuoted(body, i, reader, source);
      const after = body[i];
      if (after !== undefined && after !== "," && after !== "\n" && after !== "\r") {
        throw new ScoringError(
          "invalid_csv",
          `${source} line ${reader.line}: text after the closing quote of a field`,
        );
      }
    } else if (char === ",") {
      reader.fields.push(reader.field);
      reader.field = "";
      reader.quoted = false;
      i += 1;
    } else if (char === "\n" || char === "\r") {
      endRecord(reader);
      i += char === "\r" && body[i + 1] === "\n" ? 2 : 1;
      reader.line += 1;
      reader.recordLine = reader.line;
    } else {
      SPECIAL.lastIndex = i;
      const end = SPECIAL.exec(body)?.index ?? body.length;
      reader.field += body.slice(i, end);
      i = end;
    }
  }
  if (reader.field !== "" || reader.quoted || reader.fields.length > 0) endRecord(reader);

  const [head, ...records] = reader.records;
  if (!head) throw new ScoringError("invalid_csv", `${source} is empty: it needs a header row`);

  for (const record of records) {
    if (record.fields.length !== head.fields.length) {
      throw new ScoringError(
        "invalid_csv",
        `${source} line ${record.line} has ${record.fields.length} fields, ` +
          `the header has ${head.fields.length}`,
      );
    }
  }

  return { header: head.fields.map((name) => name.trim()), records };
}
