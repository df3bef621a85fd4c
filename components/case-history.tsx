import { CaseStateBadge } from "./case-state-badge";
import { DataTable } from "./data-table";
import type { CaseHistoryEntry } from "@/lib/cases/case-view";
import { reasonLabel } from "@/lib/cases/labels";

const WHEN = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Asia/Almaty",
});

/** Every move of the case, oldest first: who, when, from and to which state, and why. */
export function CaseHistory({ entries }: { entries: CaseHistoryEntry[] }) {
  return (
    <section aria-labelledby="history" className="space-y-2">
      <h2 id="history" className="text-lg font-medium">
        History
      </h2>
      <DataTable headings={["When (Almaty)", "Who", "State", "Reason", "Note"]}>
        {entries.map((entry, i) => (
          <tr key={i} className="border-t border-slate-100 align-top">
            <td className="px-4 py-2 whitespace-nowrap tabular-nums">{WHEN.format(entry.at)}</td>
            <td className="px-4 py-2">{entry.who}</td>
            <td className="px-4 py-2">
              {entry.from && entry.from !== entry.to ? (
                <>
                  <CaseStateBadge state={entry.from} /> →{" "}
                </>
              ) : null}
              <CaseStateBadge state={entry.to} />
            </td>
            <td className="px-4 py-2">{reasonLabel(entry.reason)}</td>
            <td className="px-4 py-2 text-slate-700">{entry.note ?? ""}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
