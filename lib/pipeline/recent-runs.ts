import type { Db } from "../db/client";
import { RUN_WITH_STAGES, toRunViews, type RunView } from "./run-view";

/** The newest sync runs with their stages, newest first. */
export async function recentRuns(db: Db, limit = 50): Promise<RunView[]> {
  const runs = await db.syncRun.findMany({
    ...RUN_WITH_STAGES,
    orderBy: { startedAt: "desc" },
    take: limit,
  });

  return toRunViews(db, runs);
}
