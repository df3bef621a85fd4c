import type { Db } from "../../db/client";
import type { AnomalyKind } from "../../db/generated/enums";
import type { DayWindow } from "./day-window";

/** How many subjects an alert keeps as examples. */
export const SAMPLE_SIZE = 10;

const ACTION_OF: Record<AnomalyKind, string> = {
  card_reads_above_usual: "family_card_view",
  card_reads_above_peers: "family_card_view",
  out_of_scope_hits: "out_of_scope",
};

/**
 * The records behind an alert, most recently read first: family ids for card views, "family
 * <id>" or "case <id>" for refused reads. Ids only, as the audit log holds them.
 */
export async function subjectSample(
  db: Db,
  alert: { userId: string; kind: AnomalyKind; window: DayWindow },
): Promise<string[]> {
  const rows = await db.auditEvent.groupBy({
    by: ["subject"],
    where: {
      actorId: alert.userId,
      action: ACTION_OF[alert.kind],
      at: { gte: alert.window.from, lt: alert.window.to },
      subject: { not: null },
    },
    _max: { at: true },
    orderBy: { _max: { at: "desc" } },
    take: SAMPLE_SIZE,
  });

  return rows.map((row) => row.subject).filter((subject): subject is string => !!subject);
}
