import { recordAudit } from "../audit/record";
import type { Role } from "../auth/roles";
import type { PortalUser } from "../auth/user";
import { toCsv } from "../csv";
import type { Db } from "../db/client";
import type { Case } from "../db/generated/client";
import type { Identity } from "../identity/vault";
import { openIdentity } from "../identity/vault";
import type { VaultKeys } from "../identity/vault-keys";
import { log } from "../log";
import { SERVICES } from "../services";
import { staff } from "./actor";
import { caseScopeWhere } from "./case-scope";
import type { StillEntitled } from "./entitlement";
import { CaseError } from "./errors";
import { checkBeforePayment } from "./payment-check";

/** Who may export the payment list of their scope. */
export const PAYMENT_EXPORTERS: readonly Role[] = ["supervisor", "regional_manager"];

export const canExportPayments = (role: Role) => PAYMENT_EXPORTERS.includes(role);

export const PAYMENT_COLUMNS = [
  "case_id",
  "service_id",
  "service_name_ru",
  "amount_kzt",
  "district_kato",
  "recipient_iin",
  "recipient_name",
  "snapshot_date",
] as const;

export type PaymentList = {
  csv: string;
  rows: number;
  /** Accepted but no longer entitled: flagged by the check and left off the list. */
  noLongerEntitled: string[];
  /** Payable, but the vault keeps no identity to pay: left off, for a worker to resolve. */
  withoutIdentity: string[];
};

export type PaymentListOptions = {
  stillEntitled: StillEntitled;
  keys: VaultKeys;
  address?: string | null;
  now?: Date;
};

const serviceNames = new Map(SERVICES.map((service) => [service.id, service.name.ru]));

/** The case's snapshot date: the snapshot its entitlement and amount were found in. */
const line = (c: Case, recipient: Identity) => [
  c.id,
  c.serviceId,
  serviceNames.get(c.serviceId) ?? c.serviceId,
  c.amount.toFixed(2),
  c.districtKato,
  recipient.iin,
  recipient.name,
  c.snapshotDate.toISOString().slice(0, 10),
];

/**
 * The payment list of a supervisor's or regional manager's scope: every accepted case still
 * entitled under the latest snapshot (checkBeforePayment flags the others), with the
 * recipient opened from the identity vault. The audit record says who exported how many rows
 * and which cases were left off; the names and IINs only ever go into the file.
 */
export async function exportPaymentList(
  db: Db,
  user: PortalUser,
  options: PaymentListOptions,
): Promise<PaymentList> {
  if (!canExportPayments(user.role)) {
    throw new CaseError("Only supervisors and regional managers export the payment list");
  }
  const scope = caseScopeWhere(user.scope);
  const now = options.now ?? new Date();

  const accepted = await db.case.findMany({
    where: { state: "accepted", ...scope },
    select: { id: true },
  });
  const ids = accepted.map((c) => c.id);
  const check = await checkBeforePayment(db, staff(user), ids, options.stillEntitled, now);

  const payable = await db.case.findMany({
    where: { id: { in: check.payable }, state: "accepted", ...scope },
    orderBy: [{ districtKato: "asc" }, { serviceId: "asc" }, { id: "asc" }],
  });
  const sealed = await db.identityRecord.findMany({
    where: { subject: { in: payable.map((c) => c.subject) } },
  });
  const bySubject = new Map(sealed.map((record) => [record.subject, record]));
  const rows: string[][] = [];
  const withoutIdentity: string[] = [];
  for (const c of payable) {
    const record = bySubject.get(c.subject);
    if (record) rows.push(line(c, openIdentity(options.keys, c.subject, record)));
    else withoutIdentity.push(c.id);
  }

  const { noLongerEntitled } = check;
  await recordAudit(db, {
    action: "export",
    actorId: user.id,
    actorRole: user.role,
    subject: "payment list",
    address: options.address ?? null,
    detail: { rows: rows.length, noLongerEntitled, withoutIdentity },
  });
  const counts = {
    noLongerEntitled: noLongerEntitled.length,
    withoutIdentity: withoutIdentity.length,
  };
  log.info({ userId: user.id, rows: rows.length, ...counts }, "payment list exported");

  return {
    csv: toCsv(PAYMENT_COLUMNS, rows),
    rows: rows.length,
    noLongerEntitled,
    withoutIdentity,
  };
}
