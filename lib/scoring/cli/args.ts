import { parseArgs } from "node:util";
import { z } from "zod";
import { ScoringError } from "../scoring-error";

export const USAGE =
  "Usage: npm run af -- --csv FILE --weights WEIGHTS.json --k K " +
  "[--group COLUMN] [--weight-column COLUMN] [--cutoffs CUTOFFS.json]";

export type AfArgs = {
  csv: string;
  weights: string;
  k: string;
  group: string | null;
  weightColumn: string | null;
  cutoffs: string | null;
};

const required = (flag: string) =>
  z.string({ error: `--${flag} is required` }).min(1, `--${flag} cannot be empty`);
const optional = (flag: string) => z.string().min(1, `--${flag} cannot be empty`).optional();

const argsSchema = z.object({
  csv: required("csv"),
  weights: required("weights"),
  k: required("k"),
  group: optional("group"),
  "weight-column": optional("weight-column"),
  cutoffs: optional("cutoffs"),
});

/** The command's flags; anything unknown, missing or empty is a usage error. */
export function parseAfArgs(argv: readonly string[]): AfArgs {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        csv: { type: "string" },
        weights: { type: "string" },
        k: { type: "string" },
        group: { type: "string" },
        "weight-column": { type: "string" },
        cutoffs: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new ScoringError("usage", `${(error as Error).message}\n${USAGE}`);
  }

  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => issue.message);
    throw new ScoringError("usage", `${problems.join("\n")}\n${USAGE}`);
  }

  const args = parsed.data;
  return {
    csv: args.csv,
    weights: args.weights,
    k: args.k,
    group: args.group ?? null,
    weightColumn: args["weight-column"] ?? null,
    cutoffs: args.cutoffs ?? null,
  };
}
