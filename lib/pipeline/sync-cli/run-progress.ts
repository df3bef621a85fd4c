import { z } from "zod";

const stageSchema = z.object({
  name: z.string(),
  status: z.enum(["pending", "running", "succeeded", "failed", "skipped"]),
  progress: z.number(),
  durationMs: z.number().nullable(),
  failedSources: z.array(z.string()),
  error: z.string().nullable(),
});

/** What the command needs of a run, from the status route or from the database. */
export const runProgressSchema = z.object({
  id: z.string(),
  snapshotDate: z.string(),
  status: z.enum(["running", "succeeded", "partial", "failed", "abandoned"]),
  error: z.string().nullable(),
  stages: z.array(stageSchema),
});

export type RunProgress = z.infer<typeof runProgressSchema>;
export type StageProgress = RunProgress["stages"][number];

/** The line the command prints last, on stdout, for scripts to read. */
export function runSummary(run: RunProgress): string {
  const lines = [`Sync run ${run.id} for snapshot ${run.snapshotDate}: ${run.status}`];
  const failedSources = [...new Set(run.stages.flatMap((stage) => stage.failedSources))];
  if (failedSources.length > 0) lines.push(`Failed sources: ${failedSources.join(", ")}`);
  if (run.error) lines.push(run.error);

  return lines.join("\n");
}
