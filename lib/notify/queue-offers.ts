import type { Db } from "../db/client";
import { openIdentity } from "../identity/vault";
import type { VaultKeys } from "../identity/vault-keys";
import { log } from "../log";
import { serviceOf } from "../services";
import { system } from "../cases/actor";
import { appendCaseEvents } from "../cases/case-event";
import { addressesOf, queueLinkMessages } from "./links";

export const NO_CONTACT = "no_contact";

export type OfferOptions = {
  keys: VaultKeys;
  publicUrl: string;
  linkDays: number;
  now?: Date;
  /** Cases taken in one call; the next call takes the next ones. */
  batch?: number;
};

export type OfferCounts = { notified: number; withoutContact: number };

/**
 * Every approved case becomes an offer to the citizen: a link valid for `linkDays`, one
 * message per channel the person can be reached on, and the case moves to notified, all in
 * one transaction per case. A case whose subject has no phone or e-mail in the vault is
 * flagged for the worker to reach the family another way, and stays approved.
 */
export async function queueOffers(db: Db, options: OfferOptions): Promise<OfferCounts> {
  const now = options.now ?? new Date();
  const approved = await db.case.findMany({
    where: { state: "approved", OR: [{ flag: null }, { flag: { not: NO_CONTACT } }] },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: options.batch ?? 200,
  });
  const sealed = await db.identityRecord.findMany({
    where: { subject: { in: approved.map((c) => c.subject) } },
  });
  const bySubject = new Map(sealed.map((record) => [record.subject, record]));
  const counts: OfferCounts = { notified: 0, withoutContact: 0 };

  for (const c of approved) {
    const record = bySubject.get(c.subject);
    const identity = record ? openIdentity(options.keys, c.subject, record) : null;
    const notifier = system("notify");
    await db.$transaction(async (tx) => {
      if (!identity || addressesOf(identity).length === 0) {
        const flagged = await tx.case.updateMany({
          where: { id: c.id, version: c.version, state: "approved" },
          data: { flag: NO_CONTACT, flaggedAt: now, version: { increment: 1 }, updatedAt: now },
        });
        const event = { caseId: c.id, from: c.state, to: c.state, reason: NO_CONTACT };
        if (flagged.count === 1) await appendCaseEvents(tx, notifier, [event], now);
        counts.withoutContact += flagged.count;
        return;
      }

      const moved = await tx.case.updateMany({
        where: { id: c.id, version: c.version, state: "approved" },
        data: { state: "notified", version: { increment: 1 }, updatedAt: now },
      });
      if (moved.count === 0) return;
      const expiresAt = new Date(now.getTime() + options.linkDays * 86_400_000);
      const service = serviceOf(c.serviceId);
      const link = { caseId: c.id, service, identity, kind: "offer" as const, sequence: 0 };
      await queueLinkMessages(tx, { ...link, expiresAt, ...options, now });
      const event = { caseId: c.id, from: c.state, to: "notified" as const };
      await appendCaseEvents(tx, notifier, [{ ...event, reason: "notification_sent" }], now);
      counts.notified++;
    });
  }

  if (counts.notified + counts.withoutContact > 0) log.info(counts, "offers queued");
  return counts;
}
