import { z } from "zod";
import type { LakeClient } from "../clickhouse/client";
import { currentSnapshot } from "../pipeline/current-snapshot";
import { dryRun, type DryRunResult } from "./dry-run";
import { SERVICES, serviceOf } from "./index";
import { overridesFromForm } from "./override-form";

export const DryRunRequest = z.object({
  serviceId: z.string().max(64),
  values: z.record(z.string().max(64), z.string().max(200)).default({}),
});
export type DryRunRequest = z.input<typeof DryRunRequest>;

export type DryRunOutcome =
  | { ok: true; result: DryRunResult }
  | { ok: false; error: string; fieldErrors: Record<string, string> };

const refused = (error: string, fieldErrors: Record<string, string> = {}): DryRunOutcome => ({
  ok: false,
  error,
  fieldErrors,
});

/**
 * An analyst's dry run from the form: the chosen service's rule against the current snapshot,
 * with the parameters they changed, counted by region. Nothing is written. A form that does
 * not read is answered with what to correct, field by field.
 */
export async function dryRunRequest(lake: LakeClient, input: unknown): Promise<DryRunOutcome> {
  const parsed = DryRunRequest.safeParse(input);
  if (!parsed.success) return refused("The form was not sent whole; reload the page.");
  const { serviceId, values } = parsed.data;
  if (!SERVICES.some((service) => service.id === serviceId)) {
    return refused(`Choose a service of the catalogue; "${serviceId}" is not one.`);
  }

  const form = overridesFromForm(serviceOf(serviceId), values);
  if (!form.ok) {
    const { "": general, ...fieldErrors } = form.errors;
    return refused(general ?? "Correct the parameters marked below.", fieldErrors);
  }
  const snapshotDate = await currentSnapshot(lake);
  if (!snapshotDate) return refused("No snapshot has been published yet: sync first.");

  return { ok: true, result: await dryRun(lake, snapshotDate, serviceId, form.overrides) };
}
