import type { Db } from "../../db/client";
import { ConfigInput } from "./config-input";
import { draftFromConfig, type DraftForm } from "./draft-input";
import { resolveConfig } from "./resolve-config";
import { inputOf } from "./store";

/**
 * Each staff member's one working draft, kept in Postgres between visits as a scoring_configs
 * row without a version. It is checked like a version before it is saved (a ScoringError says
 * what is wrong), so publishing it later cannot fail on its contents.
 */
export async function saveDraft(db: Db, userId: string, input: ConfigInput): Promise<void> {
  resolveConfig(input);
  const data = ConfigInput.parse(input);
  const existing = await db.scoringConfig.findFirst({
    where: { createdById: userId, version: null },
  });
  if (existing) {
    await db.scoringConfig.update({ where: { id: existing.id }, data });
    return;
  }

  await db.scoringConfig.create({ data: { ...data, createdById: userId } });
}

/** The user's saved draft as the form shows it, or null when there is none. */
export async function loadDraft(db: Db, userId: string): Promise<DraftForm | null> {
  const row = await db.scoringConfig.findFirst({ where: { createdById: userId, version: null } });
  if (!row) return null;

  return draftFromConfig(resolveConfig(inputOf(row)));
}
