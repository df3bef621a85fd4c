import { DataTable } from "./data-table";
import type { EvidenceRow } from "@/lib/cases/case-view";

type Props = { rows: EvidenceRow[]; snapshotDate: string };

/** Each condition of the rule: the value the lake held, what it must meet, and where from. */
export function CaseEvidence({ rows, snapshotDate }: Props) {
  return (
    <section aria-labelledby="evidence" className="space-y-2">
      <h2 id="evidence" className="text-lg font-medium">
        Evidence
      </h2>
      <p className="text-sm text-slate-600">
        What the rule found in the snapshot of {snapshotDate}, condition by condition.
      </p>
      <DataTable headings={["What", "Value", "Condition", "Source registries", "Snapshot"]}>
        {rows.map((row) => (
          <tr key={row.id} className="border-t border-slate-100 align-top">
            <td className="px-4 py-2 font-medium">{row.label}</td>
            <td className="px-4 py-2 tabular-nums">{row.value}</td>
            <td className="px-4 py-2 text-slate-700">
              {row.condition ?? <span className="text-slate-500">sets the amount</span>}
            </td>
            <td className="px-4 py-2 text-slate-700">{row.sources.join(", ")}</td>
            <td className="px-4 py-2 whitespace-nowrap tabular-nums">{snapshotDate}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
