import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Role } from "../auth/roles";

export type AuditAction =
  | "sign_in"
  | "sign_in_refused"
  | "sign_out"
  | "family_card_view"
  | "family_search"
  | "scoring_publish"
  | "scoring_rescore"
  | "identity_reveal"
  | "decision"
  | "export"
  | "configuration_change"
  | "sync_trigger"
  | "out_of_scope"
  | "alert_acknowledged";

export type AuditEntry = {
  action: AuditAction;
  actorId?: string | null;
  actorRole?: Role | null;
  subject?: string | null;
  address?: string | null;
  detail?: Prisma.InputJsonValue;
};

/**
 * Appends one record to the audit log; the database refuses to change or delete it later.
 * Takes the client or a transaction, so a record may be written with the change it records.
 */
export async function recordAudit(db: Pick<Db, "auditEvent">, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      actorRole: entry.actorRole ?? null,
      subject: entry.subject ?? null,
      address: entry.address ?? null,
      ...(entry.detail === undefined ? {} : { detail: entry.detail }),
    },
  });
}
