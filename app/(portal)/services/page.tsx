import type { Metadata } from "next";
import { DryRunForm } from "@/components/dry-run-form";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { ServiceCatalogue } from "@/components/service-catalogue";
import { requireSection } from "@/lib/auth/session";
import { getLake } from "@/lib/clickhouse/client";
import { currentSnapshot } from "@/lib/pipeline/current-snapshot";
import { SERVICES } from "@/lib/services";
import { serviceChoices } from "@/lib/services/override-form";
import { dryRunAction } from "./actions";

export const metadata: Metadata = { title: "Services" };

/** The proactive service catalogue, and a dry run of any rule against the current snapshot. */
export default async function ServicesPage() {
  await requireSection("services");
  const snapshot = await currentSnapshot(await getLake());

  return (
    <div className="space-y-8">
      <PageHeader title="Services">
        The {SERVICES.length} proactive services the portal finds entitled families and persons for,
        with the rule of each in docs/services.md.
      </PageHeader>
      <ServiceCatalogue services={SERVICES} />
      <section className="space-y-3">
        <h2 className="text-lg font-medium">Dry run</h2>
        {snapshot ? (
          <DryRunForm services={serviceChoices()} snapshotDate={snapshot} run={dryRunAction} />
        ) : (
          <EmptyState title="Nothing to dry-run yet">
            A dry run counts who a rule would flag in the current snapshot; it becomes possible
            after the first sync has been published.
          </EmptyState>
        )}
      </section>
    </div>
  );
}
