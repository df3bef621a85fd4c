import type { Db } from "../db/client";
import type { Prisma, SyncRunStatus, SyncStageStatus, SyncTrigger } from "../db/generated/client";
import { formatSnapshotDay } from "./snapshot-date";

export type StageView = {
  position: number;
  name: string;
  status: SyncStageStatus;
  progress: number;
  startedAt: Date | null;
  finishedAt: Date | null;
  durationMs: number | null;
  counts: unknown;
  failedSources: string[];
  error: string | null;
};

/** A run as the sync runs page and the status route show it. */
export type RunView = {
  id: string;
  snapshotDate: string;
  status: SyncRunStatus;
  trigger: SyncTrigger;
  triggeredBy: { id: string; login: string | null } | null;
  startedAt: Date;
  finishedAt: Date | null;
  heartbeatAt: Date;
  durationMs: number | null;
  host: string;
  pid: number;
  error: string | null;
  takenOverFrom: string | null;
  stages: StageView[];
};

export const RUN_WITH_STAGES = {
  include: { stages: { orderBy: { position: "asc" } } },
} satisfies Prisma.SyncRunDefaultArgs;

type RunRow = Prisma.SyncRunGetPayload<typeof RUN_WITH_STAGES>;

/** Runs with their stages and the login of whoever started them. */
export async function toRunViews(db: Db, runs: RunRow[]): Promise<RunView[]> {
  const userIds = [...new Set(runs.flatMap((run) => run.triggeredById ?? []))];
  const users = await db.user.findMany({
    where: { id: { in: userIds } },
    select: { id: true, login: true },
  });
  const loginOf = new Map(users.map((user) => [user.id, user.login]));

  return runs.map(({ stages, triggeredById, snapshotDate, ...run }) => ({
    ...run,
    snapshotDate: formatSnapshotDay(snapshotDate),
    triggeredBy: triggeredById
      ? { id: triggeredById, login: loginOf.get(triggeredById) ?? null }
      : null,
    durationMs: run.finishedAt ? run.finishedAt.getTime() - run.startedAt.getTime() : null,
    stages: stages.map(({ runId: _runId, ...stage }) => stage),
  }));
}
