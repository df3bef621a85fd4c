import { EmptyState } from "./empty-state";

/** A dashboard's empty or error state, inside its frame. */
export function DashboardNotice({ kind, error }: { kind: "empty" | "error"; error?: string }) {
  if (kind === "error") {
    return (
      <div
        role="alert"
        className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900"
      >
        <p className="font-medium">These filters cannot be shown.</p>
        <p className="mt-1">{error}</p>
      </div>
    );
  }
  return (
    <EmptyState title="No snapshot published yet">
      Poverty measures, class movement between snapshots, services and caseload appear once a sync
      has published and scored its first snapshot.
    </EmptyState>
  );
}
