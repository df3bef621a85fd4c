"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { clientAddress } from "@/lib/auth/options";
import { requireSection } from "@/lib/auth/session";
import { staff } from "@/lib/cases/actor";
import { approvalSummary } from "@/lib/cases/approval-summary";
import { approveCases } from "@/lib/cases/approve-cases";
import { BulkInput, DecisionInput } from "@/lib/cases/decision-input";
import { CaseError, ConflictError } from "@/lib/cases/errors";
import { reassignCase, ReassignInput } from "@/lib/cases/reassign-case";
import { revealIdentity, RevealInput } from "@/lib/cases/reveal-identity";
import { transitionCase } from "@/lib/cases/transition-case";
import { vaultKeys } from "@/lib/cases/vault-keys";
import { getLake } from "@/lib/clickhouse/client";
import { getDb } from "@/lib/db/client";
import type { Identity } from "@/lib/identity/vault";
import { stillEntitledInLake } from "@/lib/services/still-entitled";

export type ActionOutcome<T = object> =
  ({ ok: true } & T) | { ok: false; error: string; conflict?: boolean };

/** An input that does not read, or a refusal of the workflow, as a message for the form. */
function refusal(error: unknown): { ok: false; error: string; conflict?: boolean } {
  if (error instanceof z.ZodError) {
    return { ok: false, error: error.issues[0]?.message ?? "The form is not valid." };
  }
  if (error instanceof CaseError) {
    return { ok: false, error: error.message, conflict: error instanceof ConflictError };
  }
  throw error;
}

const stillEntitled = async () => stillEntitledInLake(await getLake());

/**
 * A decision on one case from its page. Approval goes through approveCases, which checks
 * entitlement against the latest snapshot first; the rest through transitionCase.
 */
export async function decideAction(input: unknown): Promise<ActionOutcome<{ message: string }>> {
  const user = await requireSection("cases");
  try {
    const decision = DecisionInput.parse(input);
    revalidatePath(`/cases/${decision.caseId}`);
    if (decision.action === "approve") {
      const bulk = { cases: [decision], note: decision.note };
      const outcome = await approveCases(getDb(), user, bulk, await stillEntitled());
      if (outcome.approved.length === 1) return { ok: true, message: approvalSummary(outcome)[0]! };
      const conflict = outcome.conflicts.length > 0;
      return { ok: false, error: approvalSummary(outcome).slice(1).join(" "), conflict };
    }
    const updated = await transitionCase(getDb(), staff(user), decision);
    return { ok: true, message: `Case is now ${updated.state.replace("_", " ")}.` };
  } catch (error) {
    return refusal(error);
  }
}

/** A supervisor approves the chosen cases of the worklist at once. */
export async function approveManyAction(
  input: unknown,
): Promise<ActionOutcome<{ lines: string[] }>> {
  const user = await requireSection("cases");
  try {
    const bulk = BulkInput.parse(input);
    const outcome = await approveCases(getDb(), user, bulk, await stillEntitled());
    revalidatePath("/cases");
    return { ok: true, lines: approvalSummary(outcome) };
  } catch (error) {
    return refusal(error);
  }
}

/** A supervisor hands a case to another social worker of its district. */
export async function reassignAction(input: unknown): Promise<ActionOutcome<{ message: string }>> {
  const user = await requireSection("cases");
  try {
    const request = ReassignInput.parse(input);
    await reassignCase(getDb(), user, request);
    revalidatePath(`/cases/${request.caseId}`);
    return { ok: true, message: "Case reassigned." };
  } catch (error) {
    return refusal(error);
  }
}

/** Shows who the case is about, after the worker says why; audited before it is shown. */
export async function revealAction(input: unknown): Promise<ActionOutcome<{ identity: Identity }>> {
  const user = await requireSection("cases");
  try {
    const request = RevealInput.parse(input);
    const address = clientAddress(await headers());
    const identity = await revealIdentity(getDb(), user, request, vaultKeys(), address);
    return { ok: true, identity };
  } catch (error) {
    return refusal(error);
  }
}
