import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("CSV cells", () => {
  it("leaves plain text and numbers as they are", () => {
    expect(csvCell("Астана")).toBe("Астана");
    expect(csvCell(69305.5)).toBe("69305.5");
    // A fall in a count is a number, and stays one.
    expect(csvCell(-12)).toBe("-12");
    expect(csvCell("-12")).toBe("'-12");
  });

  it("quotes commas, quotes and line breaks, doubling the quotes (RFC 4180)", () => {
    expect(csvCell("Abenov, Nurlan")).toBe('"Abenov, Nurlan"');
    expect(csvCell('the "first"')).toBe('"the ""first"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });

  it("opens a cell a spreadsheet would run as a formula with an apostrophe", () => {
    const unquoted = (cell: string) => cell.replace(/^"(.*)"$/s, "$1");
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
      expect(unquoted(csvCell(`${start}1+1`))).toBe(`'${start}1+1`);
    }
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("a=b")).toBe("a=b");
  });
});

describe("CSV files", () => {
  it("writes a heading row and one CRLF-ended line per row", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["1", 2],
          ["x,y", "z"],
        ],
      ),
    ).toBe('a,b\r\n1,2\r\n"x,y",z\r\n');
  });
});
