import { countLabel, type SourceTable } from "@/lib/pipeline/counts-layout";

const number = new Intl.NumberFormat("en-GB");
const cell = "px-3 py-1.5";

/** A row per source and a column per count, whatever counts the stage reported. */
export function SyncSourceCounts({ table }: { table: SourceTable }) {
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-slate-600">
          <tr>
            <th className={`${cell} font-medium`}>Source</th>
            {table.columns.map((column) => (
              <th key={column} className={`${cell} text-right font-medium`}>
                {countLabel(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.source} className="border-t border-slate-100">
              <td className={cell}>{row.source}</td>
              {row.cells.map((value, index) => (
                <td key={index} className={`${cell} text-right tabular-nums`}>
                  {value === null ? "—" : number.format(value)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
