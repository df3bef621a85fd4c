import { z } from "zod";
import type { StageOutcome } from "./stage";

const count = z.number({ error: "must be a number" });

const outcomeSchema = z.object({
  counts: z.record(z.string(), z.union([count, z.record(z.string(), count)])),
  failedSources: z.array(z.string().min(1, "a failed source needs its name")).optional(),
});

/**
 * Checks what a stage returned before it is stored: counts must be finite numbers, or one level
 * of numbers per source, as the run's record and the sync runs page expect.
 */
export function parseStageOutcome(stageName: string, value: unknown): StageOutcome {
  const parsed = outcomeSchema.safeParse(value);
  if (parsed.success) return parsed.data;

  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  throw new Error(
    `Stage ${stageName} returned counts the run cannot record: ${problems.join("; ")}`,
  );
}
