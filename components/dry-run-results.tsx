import { DataTable } from "./data-table";
import { findRegion } from "@/lib/geo";
import type { DryRunResult } from "@/lib/services/dry-run";

const count = (n: number) => n.toLocaleString("en");

/** How many a rule would flag in the snapshot, and how many already receive it, by region. */
export function DryRunResults({ result }: { result: DryRunResult }) {
  const who = result.subject === "family" ? "families" : "persons";
  const flagged = `${count(result.entitled)} ${who}`;
  if (result.missingSources.length > 0) {
    return (
      <p role="status" className="text-sm text-amber-800">
        The snapshot of {result.snapshotDate} lacks {result.missingSources.join(", ")}, which this
        rule reads: nothing was counted, as a missing register would read as “not entitled”.
      </p>
    );
  }

  return (
    <div className="space-y-3" data-testid="dry-run-results">
      <p role="status" className="text-sm">
        In the snapshot of {result.snapshotDate}, the rule flags {flagged}:{" "}
        {count(result.alreadyReceiving)} already receive the benefit and{" "}
        {count(result.newCandidates)} would be new candidates. Nothing was written.
      </p>
      {result.byRegion.length > 0 ? (
        <DataTable headings={["Region", "Flagged", "Already receiving", "New candidates"]}>
          {result.byRegion.map((row) => (
            <tr key={row.regionCode} className="border-t border-slate-100">
              <td className="px-4 py-1.5">
                {findRegion(row.regionCode)?.name.en ?? (row.regionCode || "No registered address")}
              </td>
              <td className="px-4 py-1.5 tabular-nums">{count(row.entitled)}</td>
              <td className="px-4 py-1.5 tabular-nums">{count(row.alreadyReceiving)}</td>
              <td className="px-4 py-1.5 tabular-nums">
                {count(row.entitled - row.alreadyReceiving)}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </div>
  );
}
