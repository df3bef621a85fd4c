import { computeAlkireFoster } from "../alkire-foster";
import type { Fraction } from "../fraction";
import { parseK } from "../poverty-cutoff";
import { toReport, type AfReport } from "../report";
import { parseWeights } from "../weights";
import { parseAfArgs } from "./args";
import { parseCsv } from "./csv";
import { excludedNote, normalisedNote } from "./format-output";
import { parseCutoffs, readJsonObject, readText } from "./input-files";
import { tableToRows } from "./table-rows";

export type AfRun = {
  report: AfReport;
  /** Things the analyst should know that are not errors, for stderr. */
  notes: string[];
};

/** `npm run af` without the process: reads the files the flags name and computes the report. */
export function runAf(argv: readonly string[]): AfRun {
  const args = parseAfArgs(argv);
  const k = parseK(args.k);
  const { weights, sum, normalised } = parseWeights(readJsonObject(args.weights, "--weights"));
  const indicators = [...weights.keys()];
  const cutoffs = args.cutoffs
    ? parseCutoffs(readJsonObject(args.cutoffs, "--cutoffs"), indicators, args.cutoffs)
    : new Map<string, Fraction>();

  const csvSource = `'${args.csv}'`;
  const table = parseCsv(readText(args.csv, "--csv"), csvSource);
  const rows = tableToRows(
    table,
    { indicators, cutoffs, groupColumn: args.group, weightColumn: args.weightColumn },
    { csv: csvSource, weights: `'${args.weights}'` },
  );

  const result = computeAlkireFoster({ indicators, weights, k, rows });
  const notes = [
    ...(normalised ? [normalisedNote(sum)] : []),
    ...(result.excluded > 0 ? [excludedNote(result.excluded)] : []),
  ];

  return { report: toReport(result), notes };
}
