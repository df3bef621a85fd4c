import { z } from "zod";
import type { Db } from "../db/client";
import { RUN_WITH_STAGES, toRunViews, type RunView } from "./run-view";

export const runIdSchema = z.uuid("A run id is a UUID.");

/** One run with its stages; null for an unknown id or one that is not a UUID at all. */
export async function runById(db: Db, id: string): Promise<RunView | null> {
  const parsed = runIdSchema.safeParse(id);
  if (!parsed.success) return null;

  const run = await db.syncRun.findUnique({ ...RUN_WITH_STAGES, where: { id: parsed.data } });
  if (!run) return null;

  const [view] = await toRunViews(db, [run]);
  return view ?? null;
}
