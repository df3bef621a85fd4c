import { z } from "zod";
import { CASE_STATES } from "./states";

// A cursor is where the previous page ended: decided (0/1), review deadline (ms), case id.
const CURSOR = /^([01])\.(\d{1,15})\.([0-9a-f-]{36})$/;

export type WorklistCursor = { decided: boolean; reviewDue: Date; id: string };

/**
 * The worklist's view, filters and cursor from a URL. A value that is not a known state or a
 * well-formed service id or cursor is dropped rather than trusted.
 */
export const WorklistFilters = z.object({
  view: z.enum(["mine", "team"]).catch("mine"),
  state: z.enum(CASE_STATES).optional().catch(undefined),
  service: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/)
    .optional()
    .catch(undefined),
  overdue: z.stringbool().optional().catch(undefined),
  after: z.string().regex(CURSOR).optional().catch(undefined),
});
export type WorklistFilters = z.output<typeof WorklistFilters>;

export function parseCursor(text: string | undefined): WorklistCursor | null {
  const match = text ? CURSOR.exec(text) : null;
  if (!match) return null;

  return { decided: match[1] === "1", reviewDue: new Date(Number(match[2])), id: match[3]! };
}

export function formatCursor(cursor: WorklistCursor): string {
  return `${cursor.decided ? 1 : 0}.${cursor.reviewDue.getTime()}.${cursor.id}`;
}
