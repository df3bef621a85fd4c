import { DataTable } from "./data-table";
import type { Service } from "@/lib/services";

const SUBJECT = { person: "Person", family: "Family" };

/** The proactive services: who each is for, its legal basis, review deadline and docs. */
export function ServiceCatalogue({ services }: { services: readonly Service[] }) {
  return (
    <DataTable
      headings={[
        "Service",
        "Subject",
        "Legal basis",
        { label: "Review days", className: "whitespace-nowrap" },
        "Docs",
      ]}
    >
      {services.map((service) => (
        <tr key={service.id} className="border-t border-slate-100 align-top">
          <td className="px-4 py-2">
            <div className="font-medium">{service.name.en}</div>
            <div className="text-xs text-slate-500">{service.name.ru}</div>
          </td>
          <td className="px-4 py-2">{SUBJECT[service.subject]}</td>
          <td className="px-4 py-2 text-slate-700">{service.legalBasis}</td>
          <td className="px-4 py-2 tabular-nums">{service.reviewDays}</td>
          <td className="px-4 py-2">
            <a
              href={`/services/docs/${service.id}`}
              className="whitespace-nowrap text-sky-800 underline"
              aria-label={`Rule of ${service.name.en}`}
            >
              Rule
            </a>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
