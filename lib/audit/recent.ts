import type { Db } from "../db/client";

export type AuditRow = {
  id: string;
  at: Date;
  action: string;
  actor: string | null;
  subject: string | null;
  address: string | null;
};

/** The newest audit records with the actor's login, newest first. */
export async function recentAuditEvents(db: Db, limit = 100): Promise<AuditRow[]> {
  const events = await db.auditEvent.findMany({ orderBy: { id: "desc" }, take: limit });
  const actorIds = [...new Set(events.map((event) => event.actorId).filter(Boolean))] as string[];
  const actors = await db.user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, login: true },
  });
  const loginOf = new Map(actors.map((actor) => [actor.id, actor.login]));

  return events.map((event) => ({
    id: event.id.toString(),
    at: event.at,
    action: event.action,
    actor: event.actorId ? (loginOf.get(event.actorId) ?? event.actorId) : null,
    subject: event.subject,
    address: event.address,
  }));
}
