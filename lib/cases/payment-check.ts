import type { Db } from "../db/client";
import { actorScope } from "./authorise";
import type { Actor } from "./actor";
import { caseScopeWhere } from "./case-scope";
import { flagNoLongerEntitled, toCheck, type StillEntitled } from "./entitlement";

export type PaymentCheck = {
  /** Accepted and still entitled: these may enter the payment list. */
  payable: string[];
  /** Accepted but no longer entitled: flagged, kept off the list. */
  noLongerEntitled: string[];
  /** Not accepted, changed meanwhile, not found or outside the actor's scope. */
  notPayable: string[];
};

/**
 * The check before cases enter a payment list: only accepted cases whose subject is still
 * entitled under the latest snapshot; the others are flagged (with an event), not paid.
 */
export async function checkBeforePayment(
  db: Db,
  actor: Actor,
  caseIds: string[],
  stillEntitled: StillEntitled,
  now = new Date(),
): Promise<PaymentCheck> {
  const ids = [...new Set(caseIds)];
  const rows = await db.case.findMany({
    where: { id: { in: ids }, state: "accepted", ...caseScopeWhere(actorScope(actor)) },
  });
  const entitled = rows.length > 0 ? await stillEntitled(rows.map(toCheck)) : new Set<string>();
  const toFlag = rows.filter((row) => !entitled.has(row.id));

  const flagged = await db.$transaction((tx) => flagNoLongerEntitled(tx, actor, toFlag, now));
  const payable = rows.filter((row) => entitled.has(row.id)).map((row) => row.id);
  const known = new Set([...payable, ...flagged]);

  return { payable, noLongerEntitled: flagged, notPayable: ids.filter((id) => !known.has(id)) };
}
