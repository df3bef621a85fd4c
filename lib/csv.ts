// A cell a spreadsheet would read as a formula (OWASP's list: = + - @, tab and carriage return)
// is opened with an apostrophe, so that an exported value can never run as one.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: text guarded against formula injection, quoted when RFC 4180 asks for it. A number
 * is written as itself: a negative one (a fall in a count) is a number, not a formula.
 */
export function csvCell(value: string | number): string {
  const text = String(value);
  const safe = typeof value === "string" && FORMULA_START.test(text) ? `'${text}` : text;
  if (!/[",\r\n]/.test(safe)) return safe;

  return `"${safe.replaceAll('"', '""')}"`;
}

/** A CSV file (RFC 4180): a heading row, then one line per row, each ended by CRLF. */
export function toCsv(headings: readonly string[], rows: readonly (string | number)[][]): string {
  return [headings, ...rows].map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
}
