import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { requireSection } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sync runs" };

export default async function SyncRunsPage() {
  await requireSection("sync");

  return (
    <>
      <PageHeader title="Sync runs">
        The nightly load of the state registries into the lake.
      </PageHeader>
      <EmptyState title="No sync has run yet">
        Each run lands, validates, depersonalises and integrates every registry. Its stages, counts
        and quarantined rows will be listed here.
      </EmptyState>
    </>
  );
}
