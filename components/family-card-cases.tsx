import Link from "next/link";
import { CaseStateBadge } from "./case-state-badge";
import { DataTable } from "./data-table";
import type { FamilyCase } from "@/lib/cases/family-cases";
import { SERVICES } from "@/lib/services";

const SERVICE_NAMES = new Map(SERVICES.map((s) => [s.id, s.name.en]));

/** The family's cases in the viewer's scope; a name only where the viewer revealed it. */
export function FamilyCardCases({ cases }: { cases: FamilyCase[] }) {
  return (
    <section aria-labelledby="family-cases">
      <h2 id="family-cases" className="mb-2 text-lg font-medium">
        Cases ({cases.length})
      </h2>
      <DataTable headings={["Case", "Service", "State", "Name"]}>
        {cases.map((c) => (
          <tr key={c.id} className="border-t border-slate-100">
            <td className="px-4 py-2 font-mono text-xs">
              <Link href={`/cases/${c.id}`} className="text-sky-800 underline">
                {c.id.slice(0, 8)}
              </Link>
            </td>
            <td className="px-4 py-2">{SERVICE_NAMES.get(c.serviceId) ?? c.serviceId}</td>
            <td className="px-4 py-2">
              <CaseStateBadge state={c.state} hint />
            </td>
            <td className="px-4 py-2">
              {c.name ?? <span className="text-slate-500">hidden: reveal it on the case</span>}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
