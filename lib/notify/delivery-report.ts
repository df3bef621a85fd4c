import { z } from "zod";
import type { Db } from "../db/client";

/** A provider's report on a message it sent: reached the phone, or could not. */
export const DeliveryReport = z.object({
  id: z.string().min(1, "id is the provider's message id").max(200),
  status: z.enum(["delivered", "failed"], { error: "status is delivered or failed" }),
});
export type DeliveryReport = z.infer<typeof DeliveryReport>;

/**
 * Records a delivery report on the sent message with that provider id. Only a sent message
 * changes, so a repeated or late report, or one for an unknown id, changes nothing.
 */
export async function recordDeliveryReport(
  db: Db,
  report: DeliveryReport,
  now = new Date(),
): Promise<boolean> {
  const { id, status } = DeliveryReport.parse(report);
  const updated = await db.outboxMessage.updateMany({
    where: { providerId: id, status: "sent" },
    data:
      status === "delivered"
        ? { status: "delivered", deliveredAt: now }
        : { status: "failed", failedAt: now, lastError: "The provider could not deliver it" },
  });
  return updated.count > 0;
}
