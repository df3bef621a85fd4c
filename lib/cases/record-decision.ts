import { recordAudit } from "../audit/record";
import type { PortalUser } from "../auth/user";
import type { Prisma } from "../db/generated/client";

/**
 * The audit record of a staff member's decision on cases, in the decision's transaction. It
 * names cases by id and says what was done and why; never who the subject is.
 */
export async function recordDecision(
  tx: Prisma.TransactionClient,
  user: PortalUser,
  decision: { caseId?: string; action: string; reason: string } & Record<string, unknown>,
): Promise<void> {
  const { caseId, ...detail } = decision;
  await recordAudit(tx, {
    action: "decision",
    actorId: user.id,
    actorRole: user.role,
    subject: caseId ? `case ${caseId}` : "cases",
    detail: detail as Prisma.InputJsonValue,
  });
}
