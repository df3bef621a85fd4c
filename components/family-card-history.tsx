import { ClassBadge } from "./class-badge";
import { DataTable } from "./data-table";
import type { FamilyCardData } from "@/lib/families/family-card";

/** Score and class in every snapshot the lake still keeps. */
export function FamilyCardHistory({ history }: { history: FamilyCardData["history"] }) {
  return (
    <section aria-labelledby="history">
      <h2 id="history" className="mb-2 text-lg font-medium">
        History
      </h2>
      <DataTable headings={["Snapshot", "Score", "Class", "Configuration"]}>
        {history.map((h) => (
          <tr key={h.snapshotDate} className="border-t border-slate-100">
            <td className="px-4 py-2">{h.snapshotDate}</td>
            <td className="px-4 py-2 tabular-nums">{h.score.toFixed(3)}</td>
            <td className="px-4 py-2">
              <ClassBadge value={h.class} />
            </td>
            <td className="px-4 py-2">version {h.version}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
