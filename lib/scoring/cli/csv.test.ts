import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";

describe("parseCsv", () => {
  it("reads a header and records, with the line each record starts on", () => {
    const table = parseCsv("a,b\n1,2\n3,4\n");

    expect(table.header).toEqual(["a", "b"]);
    expect(table.records).toEqual([
      { line: 2, fields: ["1", "2"] },
      { line: 3, fields: ["3", "4"] },
    ]);
  });

  it("handles quotes, doubled quotes, commas and line breaks inside quotes", () => {
    const table = parseCsv('name,note\n"Doe, J.","said ""hi""\nand left"\nx,""\n');

    expect(table.records).toEqual([
      { line: 2, fields: ["Doe, J.", 'said "hi"\nand left'] },
      { line: 4, fields: ["x", ""] },
    ]);
  });

  it("ignores a byte-order mark, takes CRLF and CR line breaks and skips blank lines", () => {
    const table = parseCsv("\uFEFFa,b\r\n1,2\r\n\r\n3,4\r5,6");

    expect(table.header).toEqual(["a", "b"]);
    expect(table.records.map((record) => record.line)).toEqual([2, 4, 5]);
    expect(table.records.at(-1)?.fields).toEqual(["5", "6"]);
  });

  it("keeps empty fields, including a trailing one", () => {
    expect(parseCsv("a,b,c\n,,\n1,,").records.map((record) => record.fields)).toEqual([
      ["", "", ""],
      ["1", "", ""],
    ]);
  });

  it("names the line of malformed input", () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n', "'f.csv'")).toThrow(
      "'f.csv' line 2: a quoted field is never closed",
    );
    expect(() => parseCsv('a,b\n1,x"y"\n')).toThrow("line 2: a quote inside a field");
    expect(() => parseCsv('a,b\n1,"x"y\n')).toThrow("line 2: text after the closing quote");
    expect(() => parseCsv("a,b\n1,2\n3\n")).toThrow("line 3 has 1 fields, the header has 2");
    expect(() => parseCsv("\n\n")).toThrow("is empty: it needs a header row");
  });
});
