import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/options";
import { canOpen } from "@/lib/auth/roles";
import { currentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { getLake } from "@/lib/clickhouse/client";
import { toCsv } from "@/lib/csv";
import { resolveArea } from "@/lib/dashboards/area";
import { summarisedDates } from "@/lib/dashboards/area-sums";
import { dashboardTables } from "@/lib/dashboards/export-tables";
import { DASHBOARD_PAGES, type DashboardPageId } from "@/lib/dashboards/pages";
import { parseDashboardParams } from "@/lib/dashboards/params";
import { exportCell } from "@/lib/dashboards/table";
import { getDb } from "@/lib/db/client";

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

type Props = { params: Promise<{ page: string; table: string }> };

/**
 * GET /dashboards/export/<page>/<table>?<filters>: one table of a dashboard as CSV, exactly as
 * its table view shows it (counts under 10 as "<10"), inside the user's scope; audited.
 */
export async function GET(request: Request, { params }: Props) {
  const user = await currentUser();
  if (!user) return refusal("Sign in to export dashboard figures.", 401);
  if (!canOpen(user.role, "dashboards")) {
    return refusal("Your role does not include the dashboards.", 403);
  }
  const { page, table } = await params;
  if (!DASHBOARD_PAGES.some((p) => p.id === page)) return refusal("No such dashboard.", 404);

  const search = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = parseDashboardParams(search);
  if (!parsed.ok) return refusal(parsed.error, 400);
  const area = resolveArea(user.scope, parsed.params.region, parsed.params.district);
  if (!area) return refusal("No such area in your scope.", 404);

  const lake = await getLake();
  const dates = await summarisedDates(lake);
  const date = parsed.params.date ?? dates[0];
  if (!date) return refusal("No snapshot has been published yet.", 404);
  const unknown = [date, parsed.params.since].find((day) => day && !dates.includes(day));
  if (unknown) return refusal(`There is no snapshot of ${unknown}.`, 400);

  const db = getDb();
  const { role, scope } = user;
  const context = { lake, db, role, scope, area, params: parsed.params, dates, date };
  const result = await dashboardTables(page as DashboardPageId, context);
  if (!result.ok) return refusal(result.error, 400);
  const found = Object.hasOwn(result.tables, table) ? result.tables[table] : undefined;
  if (!found) return refusal("No such table on this dashboard.", 404);

  await recordAudit(db, {
    action: "export",
    actorId: user.id,
    actorRole: user.role,
    subject: `dashboard ${page}/${table}`,
    address: clientAddress(await headers()),
    detail: { page, table, date, area, rows: found.rows.length },
  });
  const csv = toCsv(
    found.columns.map((column) => column.label),
    found.rows.map((row) => row.map(exportCell)),
  );
  const where =
    area.level === "national"
      ? "KZ"
      : area.level === "region"
        ? area.regionCode
        : area.districtKato;
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${page}-${table}-${where}-${date}.csv"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
