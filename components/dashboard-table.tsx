import Link from "next/link";
import { DataTable } from "./data-table";
import { displayCell, type DashboardTable } from "@/lib/dashboards/table";

type Props = {
  table: DashboardTable;
  /** A drill-down link for a row's area key, when the area has one. */
  linkFor?: (key: string) => string | null;
};

/** A dashboard table: its first column links to the area it names, numbers align right. */
export function DashboardTableView({ table, linkFor }: Props) {
  const headings = table.columns.map((column) =>
    column.kind === "text" ? column.label : { label: column.label, className: "text-right" },
  );
  return (
    <DataTable headings={headings}>
      {table.rows.map((row, r) => {
        const key = table.keys?.[r];
        const href = key !== undefined && linkFor ? linkFor(key) : null;
        return (
          <tr key={key ?? r} className="border-t border-slate-100">
            {row.map((cell, c) => {
              const column = table.columns[c]!;
              const text = displayCell(cell, column);
              const numeric = column.kind !== "text";
              return (
                <td
                  key={column.label}
                  className={`px-4 py-1.5 ${numeric ? "text-right tabular-nums" : ""}`}
                >
                  {c === 0 && href ? (
                    <Link href={href} className="text-sky-800 underline">
                      {text}
                    </Link>
                  ) : (
                    text
                  )}
                </td>
              );
            })}
          </tr>
        );
      })}
    </DataTable>
  );
}
