import type { ReasonRow } from "@/lib/pipeline/counts-layout";

const number = new Intl.NumberFormat("en-GB");
const cell = "px-3 py-1.5";

/** Why rows went to quarantine, the most frequent reason first. */
export function SyncQuarantineReasons({ reasons }: { reasons: ReasonRow[] }) {
  return (
    <div className="mt-3 overflow-x-auto">
      <h4 className="text-sm font-medium text-slate-700">Quarantine reasons</h4>
      <table className="mt-1 w-full text-left text-sm">
        <thead className="text-slate-600">
          <tr>
            <th className={`${cell} font-medium`}>Reason</th>
            <th className={`${cell} font-medium`}>Source</th>
            <th className={`${cell} text-right font-medium`}>Rows</th>
          </tr>
        </thead>
        <tbody>
          {reasons.map((reason) => (
            <tr
              key={`${reason.source ?? ""}:${reason.reason}`}
              className="border-t border-slate-100"
            >
              <td className={cell}>{reason.reason}</td>
              <td className={cell}>{reason.source ?? "—"}</td>
              <td className={`${cell} text-right tabular-nums`}>{number.format(reason.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
