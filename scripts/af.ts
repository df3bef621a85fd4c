// npm run af -- --csv FILE --weights WEIGHTS.json --k K [--group COLUMN] [--weight-column COLUMN]
// [--cutoffs CUTOFFS.json]: the Alkire-Foster measures of a CSV file, as one JSON object on
// stdout; notes on stderr. Exits 2 with a message (no stack) on bad input. See
// docs/alkire-foster.md.
import { formatReport } from "../lib/scoring/cli/format-output";
import { runAf } from "../lib/scoring/cli/run";
import { ScoringError } from "../lib/scoring/scoring-error";

try {
  const { report, notes } = runAf(process.argv.slice(2));
  for (const note of notes) console.error(note);
  console.log(formatReport(report));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof ScoringError ? 2 : 1);
}
