import { DataTable } from "./data-table";
import type { CardViewer } from "@/lib/audit/card-viewers";

/** Who opened this card: every view is in the audit log, this one included. */
export function FamilyCardViewers({ viewers }: { viewers: CardViewer[] }) {
  return (
    <section aria-labelledby="viewers">
      <h2 id="viewers" className="mb-2 text-lg font-medium">
        Who viewed this card
      </h2>
      <DataTable headings={["When (UTC)", "Who", "Role"]}>
        {viewers.map((v, i) => (
          <tr key={i} className="border-t border-slate-100">
            <td className="px-4 py-2">{v.at.toISOString().slice(0, 16).replace("T", " ")}</td>
            <td className="px-4 py-2">{v.name}</td>
            <td className="px-4 py-2">{v.role}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
