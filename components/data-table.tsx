import type { ReactNode } from "react";

/** A column heading, with classes of its own where a column needs them (a width). */
export type Heading = string | { label: string; className: string };

/** The portal's table: a bordered, horizontally scrolling frame with a heading row. */
export function DataTable({ headings, children }: { headings: Heading[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            {headings.map((heading) => {
              const { label, className } =
                typeof heading === "string" ? { label: heading, className: "" } : heading;
              return (
                <th key={label} className={`${className} px-4 py-2 font-medium`.trim()}>
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
