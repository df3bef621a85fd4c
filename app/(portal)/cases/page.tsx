import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { describeScope } from "@/lib/auth/scope";
import { requireSection } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Cases" };

export default async function CasesPage() {
  const user = await requireSection("cases");

  return (
    <>
      <PageHeader title="Cases">Proactive service cases in {describeScope(user.scope)}.</PageHeader>
      <EmptyState title="No cases to review">
        When a sync finds families entitled to a proactive service, each new entitlement becomes a
        case here for review, approval and notification.
      </EmptyState>
    </>
  );
}
