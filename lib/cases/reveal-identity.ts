import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { PortalUser } from "../auth/user";
import type { Db } from "../db/client";
import type { VaultKeys } from "../identity/vault-keys";
import { openIdentity, type Identity } from "../identity/vault";
import { log } from "../log";
import { caseScopeWhere } from "./case-scope";
import { CaseError, CaseNotFoundError } from "./errors";

export const RevealInput = z.object({
  caseId: z.uuid("Not a case id"),
  reason: z
    .string()
    .trim()
    .min(10, "Say why you need to see who this is (at least 10 characters)")
    .max(500, "A reason has at most 500 characters")
    .refine((reason) => !/\d{12}/.test(reason), "A reason must not contain an IIN"),
});
export type RevealInput = z.input<typeof RevealInput>;

const REVEALERS = ["social_worker", "supervisor"];

/**
 * Shows a case subject's identity to a worker or supervisor of the case's scope who gives a
 * reason. The audit record (written before the identity is returned) keeps who, which case
 * and why; never the identity itself.
 */
export async function revealIdentity(
  db: Db,
  user: PortalUser,
  input: RevealInput,
  keys: VaultKeys,
  address: string | null = null,
): Promise<Identity> {
  const { caseId, reason } = RevealInput.parse(input);
  if (!REVEALERS.includes(user.role)) throw new CaseError("Your role cannot reveal identities");

  const found = await db.case.findFirst({
    where: { id: caseId, ...caseScopeWhere(user.scope) },
    select: { id: true, subject: true },
  });
  if (!found) throw new CaseNotFoundError(caseId);
  const sealed = await db.identityRecord.findUnique({ where: { subject: found.subject } });
  if (!sealed) throw new CaseError(`No identity is kept for case ${caseId}`);

  const identity = openIdentity(keys, found.subject, sealed);
  await recordAudit(db, {
    action: "identity_reveal",
    actorId: user.id,
    actorRole: user.role,
    subject: `case ${caseId}`,
    address,
    detail: { reason, keyVersion: sealed.keyVersion },
  });
  log.info({ caseId, userId: user.id }, "identity revealed");
  return identity;
}
