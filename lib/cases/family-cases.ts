import type { PortalUser } from "../auth/user";
import type { Db } from "../db/client";
import type { VaultKeys } from "../identity/vault-keys";
import { openIdentity } from "../identity/vault";
import { caseScopeWhere } from "./case-scope";
import type { CaseState } from "./states";

/** How long a reveal lets the same person see the name on the family card again. */
export const REVEAL_HOURS = 8;

export type FamilyCase = {
  id: string;
  serviceId: string;
  state: CaseState;
  /** The subject's (or recipient's) name, only for a case the viewer revealed recently. */
  name: string | null;
};

const CASE_ROLES = ["social_worker", "supervisor", "regional_manager"];
const REVEAL_ROLES = ["social_worker", "supervisor"];

/**
 * The cases of a family inside the viewer's scope, newest first, for its card. A name is
 * shown only where this viewer revealed that case's identity (an audited act with a reason)
 * within the last REVEAL_HOURS; everyone else sees the cases without names.
 */
export async function familyCases(
  db: Db,
  user: PortalUser,
  familyId: string,
  keys: VaultKeys,
  now = new Date(),
): Promise<FamilyCase[]> {
  if (!CASE_ROLES.includes(user.role)) return [];
  const cases = await db.case.findMany({
    where: { familyId, ...caseScopeWhere(user.scope) },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 50,
  });
  if (cases.length === 0 || !REVEAL_ROLES.includes(user.role)) {
    return cases.map((c) => ({ id: c.id, serviceId: c.serviceId, state: c.state, name: null }));
  }

  const since = new Date(now.getTime() - REVEAL_HOURS * 3_600_000);
  const reveals = await db.auditEvent.findMany({
    where: {
      action: "identity_reveal",
      actorId: user.id,
      at: { gte: since },
      subject: { in: cases.map((c) => `case ${c.id}`) },
    },
    select: { subject: true },
  });
  const revealed = new Set(reveals.map((r) => r.subject));
  const subjects = cases.filter((c) => revealed.has(`case ${c.id}`)).map((c) => c.subject);
  const sealed = await db.identityRecord.findMany({ where: { subject: { in: subjects } } });
  const bySubject = new Map(sealed.map((record) => [record.subject, record]));

  return cases.map((c) => {
    const record = revealed.has(`case ${c.id}`) ? bySubject.get(c.subject) : undefined;
    const name = record ? openIdentity(keys, c.subject, record).name : null;
    return { id: c.id, serviceId: c.serviceId, state: c.state, name };
  });
}
