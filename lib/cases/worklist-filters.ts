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

/** The worklist's URL for a view and filters, and optionally a page's cursor. */
export function worklistHref(filters: Partial<WorklistFilters>, after?: string | null): string {
  const query = new URLSearchParams();
  if (filters.view) query.set("view", filters.view);
  if (filters.state) query.set("state", filters.state);
  if (filters.service) query.set("service", filters.service);
  if (filters.overdue) query.set("overdue", "true");
  if (after) query.set("after", after);
  const text = query.toString();

  return text ? `/cases?${text}` : "/cases";
}
