import { z } from "zod";
import { CASE_ACTIONS, type CaseAction } from "./transitions";

// A free-text note is case data, not a place for identities: an IIN-like number is refused.
const Note = z
  .string()
  .trim()
  .max(1000, "A note has at most 1000 characters")
  .refine((note) => !/\d{12}/.test(note), "A note must not contain an IIN")
  .optional();

/** A staff member's decision on one case, as a form or an API sends it. */
export const DecisionInput = z.object({
  caseId: z.uuid("Not a case id"),
  version: z.coerce.number().int().min(1),
  action: z.enum(CASE_ACTIONS as [CaseAction, ...CaseAction[]], { error: "Unknown action" }),
  reason: z.string().min(1, "Choose a reason"),
  note: Note,
});
export type DecisionInput = z.input<typeof DecisionInput>;

/** Many cases at once (bulk approval), each with the version the user saw. */
export const BulkInput = z.object({
  cases: z
    .array(z.object({ caseId: z.uuid("Not a case id"), version: z.coerce.number().int().min(1) }))
    .min(1, "Choose at least one case")
    .max(1000, "At most 1000 cases at once"),
  note: Note,
});
export type BulkInput = z.input<typeof BulkInput>;
