/** A reason the sync command stops, in words, with the exit code it stops with. */
export class CliError extends Error {
  override name = "CliError";

  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
