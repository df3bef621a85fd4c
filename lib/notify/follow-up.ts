import type { Db } from "../db/client";
import { system } from "../cases/actor";
import { appendCaseEvents } from "../cases/case-event";
import { openIdentity } from "../identity/vault";
import type { VaultKeys } from "../identity/vault-keys";
import { log } from "../log";
import { serviceOf } from "../services";
import { queueLinkMessages } from "./links";

export type FollowUpOptions = {
  keys: VaultKeys;
  publicUrl: string;
  /** Days after the offer on which a reminder goes out, ascending. */
  reminderDays: readonly number[];
  now?: Date;
  batch?: number;
};

export type FollowUpCounts = { reminded: number; expired: number };

const DAY = 86_400_000;

/**
 * Follows up the offers nobody has answered: on each reminder day a reminder with a fresh
 * link (valid until the offer's own deadline), and after the deadline the case expires. A
 * reminder is queued once (its idempotency key carries its number), however often this runs.
 */
export async function followUp(db: Db, options: FollowUpOptions): Promise<FollowUpCounts> {
  const now = options.now ?? new Date();
  const waiting = await db.case.findMany({
    where: { state: "notified" },
    include: { links: { orderBy: { createdAt: "asc" } } },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: options.batch ?? 500,
  });
  const counts: FollowUpCounts = { reminded: 0, expired: 0 };
  const expiry = system("expiry");

  for (const c of waiting) {
    const offer = c.links[0];
    if (!offer) continue;
    if (offer.expiresAt <= now) {
      await db.$transaction(async (tx) => {
        const moved = await tx.case.updateMany({
          where: { id: c.id, state: "notified", version: c.version },
          data: { state: "expired", version: { increment: 1 }, updatedAt: now },
        });
        if (moved.count === 0) return;
        const event = { caseId: c.id, from: c.state, to: "expired" as const, reason: "no_reply" };
        await appendCaseEvents(tx, expiry, [event], now);
        counts.expired++;
      });
      continue;
    }

    const due = options.reminderDays.filter(
      (d) => offer.createdAt.getTime() + d * DAY <= now.getTime(),
    );
    const sequence = due.length;
    if (sequence === 0 || c.links.length > sequence) continue;
    const record = await db.identityRecord.findUnique({ where: { subject: c.subject } });
    if (!record) continue;
    const identity = openIdentity(options.keys, c.subject, record);
    const service = serviceOf(c.serviceId);
    const queued = await db.$transaction((tx) =>
      queueLinkMessages(tx, {
        caseId: c.id,
        service,
        identity,
        kind: "reminder",
        sequence,
        expiresAt: offer.expiresAt,
        publicUrl: options.publicUrl,
        keys: options.keys,
        now,
      }),
    );
    if (queued > 0) counts.reminded++;
  }

  if (counts.reminded + counts.expired > 0) log.info(counts, "offers followed up");
  return counts;
}
