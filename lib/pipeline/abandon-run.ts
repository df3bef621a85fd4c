import type { Prisma } from "../db/generated/client";

/**
 * Marks a dead run abandoned: the stage it was in failed, the ones after it skipped. Only a run
 * still recorded as running changes, so two triggers taking over at once abandon it once.
 */
export async function abandonRun(
  tx: Prisma.TransactionClient,
  runId: string,
  reason: string,
): Promise<boolean> {
  const now = new Date();
  const { count } = await tx.syncRun.updateMany({
    where: { id: runId, status: "running" },
    data: { status: "abandoned", finishedAt: now, error: `Abandoned: ${reason}.` },
  });
  if (count === 0) return false;

  await tx.syncStage.updateMany({
    where: { runId, status: "running" },
    data: { status: "failed", finishedAt: now, error: "The run was abandoned during this stage." },
  });
  await tx.syncStage.updateMany({
    where: { runId, status: "pending" },
    data: { status: "skipped" },
  });

  return true;
}
