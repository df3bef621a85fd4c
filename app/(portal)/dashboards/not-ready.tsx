import { DashboardFrame } from "@/components/dashboard-frame";
import { DashboardNotice } from "@/components/dashboard-notice";
import type { DashboardPageId } from "@/lib/dashboards/pages";
import type { ContextResult } from "./context";

type NotReady = Exclude<ContextResult, { kind: "ready" }>;

/** A dashboard in its frame that cannot show figures: nothing published yet, or bad filters. */
export function DashboardNotReady({ page, result }: { page: DashboardPageId; result: NotReady }) {
  const { user, area, params } = result;
  return (
    <DashboardFrame page={page} scope={user.scope} area={area} params={params}>
      <DashboardNotice kind={result.kind} error={"error" in result ? result.error : undefined} />
    </DashboardFrame>
  );
}
