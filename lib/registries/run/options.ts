import fs from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { z } from "zod";
import { parseIsoDay } from "../calendar";
import {
  DEFAULT_DEFECTS,
  DefectOverridesSchema,
  NO_DEFECTS,
  withOverrides,
  type DefectConfig,
} from "../defects/rates";
import { IIN_BLOCK_FAMILIES } from "../iin-allocator";
import { EPOCH_ISO } from "../model/epoch";
import { DEFAULT_PART_FAMILIES } from "./plan";

export const MAX_FAMILIES = 7_000_000;

export class UsageError extends Error {
  override name = "UsageError";
}

export type CliOptions = {
  families: number;
  date: string;
  day: number;
  seed: number;
  defects: DefectConfig;
  workers: number;
  partFamilies: number;
  database: boolean;
};

const whole = (what: string) =>
  z.coerce.number({ error: `${what} must be a number` }).int(`${what} must be a whole number`);

const CliSchema = z.object({
  families: whole("--families")
    .min(1, "--families must be at least 1")
    .max(MAX_FAMILIES, `--families must be at most ${MAX_FAMILIES.toLocaleString("en")}`),
  date: z
    .string({ error: "--date is required (YYYY-MM-DD)" })
    .refine((d) => parseIsoDay(d) !== null, "--date must be a real date written YYYY-MM-DD")
    .refine(
      (d) => d >= EPOCH_ISO,
      `--date must be ${EPOCH_ISO} or later: the base population describes ${EPOCH_ISO} ` +
        "and earlier dates are not modelled",
    )
    .refine((d) => d <= "2035-12-31", "--date must be 2035-12-31 or earlier"),
  seed: whole("--seed")
    .min(0, "--seed must be 0 or more")
    .max(4294967295, "--seed must fit in 32 bits"),
  defects: z.string().optional(),
  clean: z.boolean().default(false),
  workers: whole("--workers").min(1, "--workers must be at least 1").max(32).optional(),
  "part-size": whole("--part-size")
    .min(1000, "--part-size must be at least 1000")
    .refine(
      (n) => n <= IIN_BLOCK_FAMILIES || n % IIN_BLOCK_FAMILIES === 0,
      `--part-size above ${IIN_BLOCK_FAMILIES} must be a multiple of it`,
    )
    .default(DEFAULT_PART_FAMILIES),
  "no-database": z.boolean().default(false),
});

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `- ${issue.message}`).join("\n");
}

function loadDefects(file: string | undefined, clean: boolean): DefectConfig {
  const base = clean ? NO_DEFECTS : DEFAULT_DEFECTS;
  if (file === undefined) return base;

  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new UsageError(`- --defects: cannot read ${file} as JSON (${(error as Error).message})`);
  }
  const parsed = DefectOverridesSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- --defects ${i.path.join(".")}: ${i.message}`);
    throw new UsageError(lines.join("\n"));
  }

  return withOverrides(base, parsed.data);
}

/** Parses `generate` flags; throws UsageError with every problem listed. */
export function parseCli(argv: string[]): CliOptions {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        families: { type: "string" },
        date: { type: "string" },
        seed: { type: "string" },
        defects: { type: "string" },
        clean: { type: "boolean" },
        workers: { type: "string" },
        "part-size": { type: "string" },
        "no-database": { type: "boolean" },
      },
    }).values;
  } catch (error) {
    throw new UsageError(`- ${(error as Error).message}`);
  }

  const missing = ["families", "date", "seed"].filter((name) => values[name] === undefined);
  if (missing.length > 0) {
    throw new UsageError(missing.map((name) => `- --${name} is required`).join("\n"));
  }
  const parsed = CliSchema.safeParse(values);
  if (!parsed.success) throw new UsageError(describe(parsed.error));

  const options = parsed.data;

  return {
    families: options.families,
    date: options.date,
    day: parseIsoDay(options.date) ?? 0,
    seed: options.seed,
    defects: loadDefects(options.defects, options.clean),
    workers: options.workers ?? Math.min(2, os.availableParallelism()),
    partFamilies: options["part-size"],
    database: !options["no-database"],
  };
}

export const USAGE =
  `Usage: npm run generate -- --families N --date YYYY-MM-DD --seed S [options]

  --families N      families to generate (1 to ${MAX_FAMILIES.toLocaleString("en")})
  --date D          snapshot date, ${EPOCH_ISO} or later
  --seed S          random seed (0 to 4294967295)
  --defects FILE    JSON overriding defect rates (see docs/generator.md)
  --clean           no defects at all (a --defects file still applies on top)
  --workers N       worker threads (default: 2, or fewer cores)
  --no-database     leave out the database-served source (benefits-paid)
  --part-size N     families per delivery file (default ` +
  `${DEFAULT_PART_FAMILIES.toLocaleString("en")})`;
