import type { Metadata } from "next";
import Link from "next/link";
import { ClassBadge } from "@/components/class-badge";
import { DataTable } from "@/components/data-table";
import { EmptyState } from "@/components/empty-state";
import { FamilyFilterForm } from "@/components/family-filter-form";
import { FamilySearchForm } from "@/components/family-search-form";
import { PageHeader } from "@/components/page-header";
import { describeScope } from "@/lib/auth/scope";
import { requireSection } from "@/lib/auth/session";
import { getLake } from "@/lib/clickhouse/client";
import { listFamilies } from "@/lib/families/list-families";
import { districtsInScope, listHref, parseListParams } from "@/lib/families/list-params";
import { statusLabels } from "@/lib/families/status-labels";
import { findDistrict } from "@/lib/geo";
import { currentSnapshot } from "@/lib/pipeline/current-snapshot";
import { searchFamilyAction } from "./search-action";

export const metadata: Metadata = { title: "Families" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FamiliesPage({ searchParams }: Props) {
  const user = await requireSection("families");
  const lake = await getLake();
  const snapshotDate = await currentSnapshot(lake);
  const header = (
    <PageHeader title="Families">
      Digital Family Cards in {describeScope(user.scope)}
      {snapshotDate ? `, snapshot of ${snapshotDate}` : ""}.
    </PageHeader>
  );
  if (!snapshotDate) {
    return (
      <>
        {header}
        <EmptyState title="No family cards yet">
          Family cards appear after the first nightly sync has built families from the state
          registries and scored them. Search will then find a family by IIN or family id.
        </EmptyState>
      </>
    );
  }

  const { filters, after } = parseListParams(await searchParams, user.scope);
  const page = await listFamilies({ lake, scope: user.scope, snapshotDate, filters, after });

  return (
    <>
      {header}
      <FamilySearchForm search={searchFamilyAction} />
      <FamilyFilterForm filters={filters} districts={districtsInScope(user.scope)} />
      {page.rows.length === 0 ? (
        <EmptyState title="No families match these filters">
          Try another district, class or status, or clear the filters.
        </EmptyState>
      ) : (
        <DataTable headings={["Family", "District", "Members", "Score", "Class", "Statuses"]}>
          {page.rows.map((row) => (
            <tr key={row.family_id} className="border-t border-slate-100">
              <td className="px-4 py-2 font-mono text-xs">
                <Link href={`/families/${row.family_id}`} className="text-sky-800 underline">
                  {row.family_id}
                </Link>
              </td>
              <td className="px-4 py-2">{findDistrict(row.district_kato)?.name.en ?? "—"}</td>
              <td className="px-4 py-2">{row.members}</td>
              <td className="px-4 py-2 tabular-nums">{row.score.toFixed(3)}</td>
              <td className="px-4 py-2">
                <ClassBadge value={row.class} />
              </td>
              <td className="px-4 py-2 text-xs text-slate-600">
                {statusLabels(BigInt(row.status_mask)).slice(0, 3).join(", ")}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <nav aria-label="Pages" className="mt-4 flex gap-4 text-sm">
        {after ? (
          <Link href={listHref(filters)} className="text-sky-800 underline">
            First page
          </Link>
        ) : null}
        {page.next ? (
          <Link href={listHref(filters, page.next)} className="text-sky-800 underline">
            Next page
          </Link>
        ) : null}
      </nav>
    </>
  );
}
