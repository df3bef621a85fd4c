const MAX_LENGTH = 1000;

/** The message kept in a run's record: the error's own words, cut to a readable length. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const text = message.trim() || "The stage failed without saying why.";

  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
