"use server";

import { requireSection } from "@/lib/auth/session";
import { getLake } from "@/lib/clickhouse/client";
import { dryRunRequest, type DryRunOutcome } from "@/lib/services/dry-run-request";

/** A service's rule against the current snapshot with the user's changes; writes nothing. */
export async function dryRunAction(input: unknown): Promise<DryRunOutcome> {
  await requireSection("services");

  return dryRunRequest(await getLake(), input);
}
