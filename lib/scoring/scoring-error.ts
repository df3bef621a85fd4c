export type ScoringErrorCode =
  | "not_a_number"
  | "negative_weight"
  | "no_weights"
  | "weights_sum"
  | "invalid_k"
  | "invalid_input"
  | "no_rows"
  | "unknown_column"
  | "invalid_cell"
  | "invalid_csv"
  | "invalid_file"
  | "usage"
  | "unknown_indicator"
  | "missing_weight"
  | "invalid_bands"
  | "denominator_too_large";

/** A reason the measures cannot be computed, in words an analyst can act on. */
export class ScoringError extends Error {
  override name = "ScoringError";

  constructor(
    readonly code: ScoringErrorCode,
    message: string,
  ) {
    super(message);
  }
}
