import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { describeScope } from "@/lib/auth/scope";
import { requireSection } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Dashboards" };

export default async function DashboardsPage() {
  const user = await requireSection("dashboards");

  return (
    <>
      <PageHeader title="Dashboards">
        Well-being and services in {describeScope(user.scope)}.
      </PageHeader>
      <EmptyState title="No snapshot published yet">
        Poverty measures, class movement between snapshots, services and caseload appear once a sync
        has published its first snapshot.
      </EmptyState>
    </>
  );
}
