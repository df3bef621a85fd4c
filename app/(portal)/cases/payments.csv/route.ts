import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/options";
import { currentUser } from "@/lib/auth/session";
import { exportPaymentList, canExportPayments } from "@/lib/cases/payment-list";
import { vaultKeys } from "@/lib/cases/vault-keys";
import { getLake } from "@/lib/clickhouse/client";
import { getDb } from "@/lib/db/client";
import { stillEntitledInLake } from "@/lib/services/still-entitled";

export const dynamic = "force-dynamic";

const refusal = (message: string, status: number) =>
  new Response(`${message}\n`, {
    status,
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });

/**
 * GET /cases/payments.csv: the payment list of the user's scope (lib/cases/payment-list.ts),
 * as a file to save. Each export re-checks entitlement and is audited.
 */
export async function GET() {
  const user = await currentUser();
  if (!user)
    return refusal("Sign in as a supervisor or regional manager to export the payment list.", 401);
  if (!canExportPayments(user.role)) {
    return refusal("The payment list is exported by supervisors and regional managers only.", 403);
  }

  const list = await exportPaymentList(getDb(), user, {
    stillEntitled: stillEntitledInLake(await getLake()),
    keys: vaultKeys(),
    address: clientAddress(await headers()),
  });
  const day = new Date().toISOString().slice(0, 10);

  // The byte-order mark lets spreadsheet programs read the Cyrillic names as UTF-8.
  return new Response(`\uFEFF${list.csv}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="payments-${day}.csv"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "x-payment-rows": String(list.rows),
      "x-no-longer-entitled": String(list.noLongerEntitled.length),
      "x-without-identity": String(list.withoutIdentity.length),
    },
  });
}
