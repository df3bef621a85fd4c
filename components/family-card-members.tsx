import { DataTable } from "./data-table";
import type { Member } from "@/lib/families/family-card";

const RELATION: Record<string, string> = { head: "Head", spouse: "Spouse", child: "Child" };

/** Members without names: names need the audited identity reveal of a case. */
export function FamilyCardMembers({ members }: { members: Member[] }) {
  return (
    <section aria-labelledby="members">
      <h2 id="members" className="mb-2 text-lg font-medium">
        Members ({members.length})
      </h2>
      <DataTable headings={["Relation", "Age", "Sex"]}>
        {members.map((m, i) => (
          <tr key={i} className="border-t border-slate-100">
            <td className="px-4 py-2">{RELATION[m.relation] ?? m.relation}</td>
            <td className="px-4 py-2">{m.age}</td>
            <td className="px-4 py-2">{m.sex}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
