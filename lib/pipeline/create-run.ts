import os from "node:os";
import type { Db } from "../db/client";
import { Prisma, type SyncTrigger } from "../db/generated/client";
import { abandonRun } from "./abandon-run";
import { RunInProgressError } from "./run-in-progress-error";
import { deadRunReason } from "./run-liveness";
import { snapshotDay } from "./snapshot-date";

export type RunRecordInput = {
  snapshotDate: string;
  trigger: SyncTrigger;
  userId: string | null;
  stageNames: string[];
  staleAfterMs: number;
};

export type CreatedRun = {
  id: string;
  abandoned: { runId: string; reason: string } | null;
};

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Records a new running run with its stages pending. A run already running is taken over
 * when it is dead, and refused otherwise. The database's one-running index settles two
 * triggers that pass the check at the same moment.
 */
export async function createRun(db: Db, input: RunRecordInput): Promise<CreatedRun> {
  try {
    return await db.$transaction(async (tx) => {
      const running = await tx.syncRun.findFirst({ where: { status: "running" } });
      let abandoned: CreatedRun["abandoned"] = null;
      if (running) {
        const reason = deadRunReason(running, { staleAfterMs: input.staleAfterMs });
        if (!reason) throw new RunInProgressError(running.id);
        if (await abandonRun(tx, running.id, reason)) abandoned = { runId: running.id, reason };
      }

      const run = await tx.syncRun.create({
        data: {
          snapshotDate: snapshotDay(input.snapshotDate),
          trigger: input.trigger,
          triggeredById: input.userId,
          host: os.hostname(),
          pid: process.pid,
          takenOverFrom: abandoned?.runId ?? null,
          stages: { create: input.stageNames.map((name, position) => ({ name, position })) },
        },
      });

      return { id: run.id, abandoned };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;

    const winner = await db.syncRun.findFirst({ where: { status: "running" } });
    throw new RunInProgressError(winner?.id ?? "unknown");
  }
}
