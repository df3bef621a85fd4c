import { z } from "zod";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters every dashboard reads from its URL, so a view can be shared as a link. */
const DashboardParams = z.object({
  region: z
    .string()
    .regex(/^KZ-\d{2}$/, "region must be a code such as KZ-75")
    .optional(),
  district: z
    .string()
    .regex(/^\d{9}$/, "district must be a 9-digit KATO code")
    .optional(),
  date: z.string().regex(DATE, "date must be a date such as 2026-03-02").optional(),
  since: z.string().regex(DATE, "since must be a date such as 2026-03-02").optional(),
  from: z.string().regex(DATE, "from must be a date such as 2026-03-02").optional(),
  metric: z.enum(["m0", "crisis"], { error: "metric must be m0 or crisis" }).optional(),
  weight: z
    .enum(["persons", "families"], { error: "weight must be persons or families" })
    .optional(),
  period: z.enum(["30", "90", "365"], { error: "period must be 30, 90 or 365 days" }).optional(),
});

export type DashboardParams = z.infer<typeof DashboardParams>;

export type ParsedParams = { ok: true; params: DashboardParams } | { ok: false; error: string };

type Search = Record<string, string | string[] | undefined>;

/** The dashboard filters of a URL, or what is wrong with them in words. */
export function parseDashboardParams(search: Search): ParsedParams {
  const single: Record<string, string> = {};
  for (const [key, value] of Object.entries(search)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first) single[key] = first;
  }
  const parsed = DashboardParams.safeParse(single);
  if (parsed.success) return { ok: true, params: parsed.data };
  return { ok: false, error: parsed.error.issues.map((issue) => issue.message).join("; ") };
}

/** A dashboard's link with the filters that carry over (and any changed or dropped). */
export function dashboardHref(
  path: string,
  params: DashboardParams,
  change: Partial<Record<keyof DashboardParams, string | undefined>> = {},
): string {
  const merged: Record<string, string | undefined> = { ...params, ...change };
  const query = new URLSearchParams();
  for (const key of ["region", "district", "date", "since", "from", "metric", "weight", "period"]) {
    const value = merged[key];
    if (value) query.set(key, value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
