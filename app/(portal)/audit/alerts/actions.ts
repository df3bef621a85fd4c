"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { acknowledgeAlert, AcknowledgeInput, AlertError } from "@/lib/audit/anomalies/acknowledge";
import { clientAddress } from "@/lib/auth/options";
import { requireSection } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";

export type AcknowledgeOutcome = { ok: true } | { ok: false; error: string };

/** An auditor or administrator acknowledges an alert with a note; audited. */
export async function acknowledgeAlertAction(input: unknown): Promise<AcknowledgeOutcome> {
  const user = await requireSection("audit");
  try {
    const request = AcknowledgeInput.parse(input);
    const address = clientAddress(await headers());
    await acknowledgeAlert(getDb(), user, request, { address });
    revalidatePath("/audit/alerts");
    return { ok: true };
  } catch (error) {
    if (error instanceof z.ZodError) {
      return { ok: false, error: error.issues[0]?.message ?? "The form is not valid." };
    }
    if (error instanceof AlertError) return { ok: false, error: error.message };
    throw error;
  }
}
