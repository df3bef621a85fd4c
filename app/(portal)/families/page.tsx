import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { describeScope } from "@/lib/auth/scope";
import { requireSection } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Families" };

export default async function FamiliesPage() {
  const user = await requireSection("families");

  return (
    <>
      <PageHeader title="Families">Digital Family Cards in {describeScope(user.scope)}.</PageHeader>
      <EmptyState title="No family cards yet">
        Family cards appear after the first nightly sync has built families from the state
        registries and scored them. Search will then find a family by IIN or family id.
      </EmptyState>
    </>
  );
}
