import type { Db } from "../db/client";
import { log } from "../log";
import { describeError } from "./describe-error";
import type { Stage, StageContext } from "./stage";
import { parseStageOutcome } from "./stage-outcome";
import { progressReporter } from "./stage-progress";

export type StageResult = { ok: true; failedSources: string[] } | { ok: false; error: string };

type StageRun = {
  db: Db;
  stage: Stage;
  position: number;
  context: Omit<StageContext, "progress">;
  progressGapMs: number;
};

/** Runs one stage and records it: running, then succeeded with its counts, or failed. */
export async function runStage(input: StageRun): Promise<StageResult> {
  const { db, stage, context } = input;
  const where = { runId: context.runId, position: input.position };
  const startedAt = new Date();
  const elapsed = () => Date.now() - startedAt.getTime();
  await db.syncStage.updateMany({
    where: { ...where, status: "pending" },
    data: { status: "running", startedAt },
  });

  try {
    const progress = progressReporter(db, where, input.progressGapMs);
    const outcome = parseStageOutcome(stage.name, await stage.run({ ...context, progress }));
    const failedSources = outcome.failedSources ?? [];
    const durationMs = elapsed();
    await db.syncStage.updateMany({
      where: { ...where, status: "running" },
      data: {
        status: "succeeded",
        progress: 1,
        finishedAt: new Date(),
        durationMs,
        counts: outcome.counts,
        failedSources,
      },
    });
    log.info(
      { runId: context.runId, stage: stage.name, status: "succeeded", ms: durationMs, ...outcome },
      "sync stage finished",
    );

    return { ok: true, failedSources };
  } catch (error) {
    const message = describeError(error);
    const durationMs = elapsed();
    await db.syncStage.updateMany({
      where: { ...where, status: "running" },
      data: { status: "failed", finishedAt: new Date(), durationMs, error: message },
    });
    log.warn(
      { runId: context.runId, stage: stage.name, status: "failed", ms: durationMs, error: message },
      "sync stage finished",
    );

    return { ok: false, error: message };
  }
}
