import os from "node:os";

/** A SETTINGS clause for settings chosen by the code (never by input), escaped for SQL. */
export function settingsClause(settings: Record<string, string | number>): string {
  const escape = (text: string) =>
    text
      .replaceAll("\\", "\\\\")
      .replaceAll("'", "\\'")
      .replaceAll("\t", "\\t")
      .replaceAll("\n", "\\n")
      .replaceAll("\r", "\\r");
  const entries = Object.entries(settings).map(([name, value]) =>
    typeof value === "number" ? `${name} = ${value}` : `${name} = '${escape(value)}'`,
  );
  return entries.length ? ` SETTINGS ${entries.join(", ")}` : "";
}

/**
 * For an INSERT of millions of rows into a MergeTree: the part writer sorts every block by the
 * table's key on one thread unless told to use more, and sorting is most of the insert's cost.
 * The cores are this process's: right for the embedded lake, a fair guess for a server.
 */
export const parallelInsert = () =>
  settingsClause({ max_insert_threads: os.availableParallelism() });
