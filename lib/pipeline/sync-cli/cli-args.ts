import { parseArgs } from "node:util";
import { z } from "zod";
import { snapshotDateSchema, todayUtc } from "../snapshot-date";
import { CliError } from "./cli-error";

export const USAGE = "Usage: npm run sync -- [--date YYYY-MM-DD] [--url https://portal.example]";

export type SyncArgs = { date: string; url: string | null };

const argsSchema = z.object({
  date: snapshotDateSchema.optional(),
  url: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// address" }).optional(),
});

/** The command's flags; anything unknown or malformed stops it with exit code 2. */
export function parseSyncArgs(argv: string[]): SyncArgs {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args: argv,
      options: { date: { type: "string" }, url: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE}`, 2);
  }

  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `--${issue.path.join(".")}: ${issue.message}`,
    );
    throw new CliError(`${problems.join("\n")}\n${USAGE}`, 2);
  }

  return { date: parsed.data.date ?? todayUtc(), url: parsed.data.url ?? null };
}
