import type { PortalUser } from "../auth/user";
import type { Db } from "../db/client";
import { log } from "../log";
import { recordAudit } from "./record";

export type OutOfScopeHit = {
  user: Pick<PortalUser, "id" | "role">;
  kind: "family" | "case";
  id: string;
  address: string | null;
  /** Whether the record exists outside the user's scope, read without the scope condition. */
  outside: () => Promise<boolean>;
};

/**
 * After a scoped read found nothing: records an `out_of_scope` event when the record exists
 * outside the user's scope, which the anomaly alerts count. Nothing for a record that does
 * not exist. The caller answers "not found" in both cases, so the user cannot tell them apart;
 * the event holds the record's id and kind only, never who the record is about.
 */
export async function recordOutOfScope(db: Db, hit: OutOfScopeHit): Promise<boolean> {
  if (!(await hit.outside())) return false;

  await recordAudit(db, {
    action: "out_of_scope",
    actorId: hit.user.id,
    actorRole: hit.user.role,
    subject: `${hit.kind} ${hit.id}`,
    address: hit.address,
    detail: { kind: hit.kind },
  });
  log.info({ userId: hit.user.id, kind: hit.kind }, "read outside the user's scope refused");

  return true;
}
