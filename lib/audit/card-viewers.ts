import type { Db } from "../db/client";
import { ROLE_LABELS } from "../auth/roles";

export type CardViewer = { at: Date; name: string; role: string };

/** Who opened a family's card, most recent first: the card shows it to every reader. */
export async function cardViewers(db: Db, familyId: string, take = 20): Promise<CardViewer[]> {
  const events = await db.auditEvent.findMany({
    where: { action: "family_card_view", subject: familyId },
    orderBy: { at: "desc" },
    take,
  });
  const ids = [...new Set(events.map((e) => e.actorId).filter((id): id is string => !!id))];
  const users = await db.user.findMany({ where: { id: { in: ids } } });
  const names = new Map(users.map((u) => [u.id, u.displayName]));

  return events.map((e) => ({
    at: e.at,
    name: (e.actorId && names.get(e.actorId)) || "unknown",
    role: e.actorRole ? ROLE_LABELS[e.actorRole] : "",
  }));
}
