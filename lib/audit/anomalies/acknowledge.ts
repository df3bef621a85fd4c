import { z } from "zod";
import { canOpen } from "../../auth/roles";
import type { PortalUser } from "../../auth/user";
import type { Db } from "../../db/client";
import type { AnomalyAlert } from "../../db/generated/client";
import { log } from "../../log";
import { recordAudit } from "../record";

export const AcknowledgeInput = z.object({
  alertId: z.uuid("Not an alert id"),
  note: z
    .string()
    .trim()
    .min(10, "Say what you found and did (at least 10 characters)")
    .max(1000, "A note has at most 1000 characters")
    .refine((note) => !/\d{12}/.test(note), "A note must not contain an IIN"),
});
export type AcknowledgeInput = z.input<typeof AcknowledgeInput>;

/** Why an acknowledgement was refused, in words the auditor can act on. */
export class AlertError extends Error {
  override name = "AlertError";
}

/**
 * An auditor or administrator acknowledges an open alert with a note. The acknowledgement and
 * its audit record are written in one transaction; the database lets an alert be acknowledged
 * once and never deleted. Nobody acknowledges an alert about themselves.
 */
export async function acknowledgeAlert(
  db: Db,
  user: PortalUser,
  input: AcknowledgeInput,
  options: { address?: string | null; now?: Date } = {},
): Promise<AnomalyAlert> {
  const { alertId, note } = AcknowledgeInput.parse(input);
  if (!canOpen(user.role, "audit")) {
    throw new AlertError("Only auditors and administrators acknowledge alerts");
  }
  const now = options.now ?? new Date();

  const acknowledged = await db.$transaction(async (tx) => {
    const alert = await tx.anomalyAlert.findUnique({ where: { id: alertId } });
    if (!alert) throw new AlertError(`Alert ${alertId} was not found`);
    if (alert.userId === user.id) {
      throw new AlertError("This alert is about you: another auditor acknowledges it");
    }

    const changed = await tx.anomalyAlert.updateMany({
      where: { id: alertId, acknowledgedAt: null },
      data: { acknowledgedById: user.id, acknowledgedAt: now, acknowledgementNote: note },
    });
    if (changed.count === 0) throw new AlertError("This alert was already acknowledged");
    await recordAudit(tx, {
      action: "alert_acknowledged",
      actorId: user.id,
      actorRole: user.role,
      subject: `alert ${alertId}`,
      address: options.address ?? null,
      detail: { kind: alert.kind, userId: alert.userId, note },
    });

    return tx.anomalyAlert.findUniqueOrThrow({ where: { id: alertId } });
  });
  log.info({ alertId, userId: user.id }, "anomaly alert acknowledged");

  return acknowledged;
}
