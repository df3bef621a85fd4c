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
