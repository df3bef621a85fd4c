import { DataTable } from "./data-table";
import type { CardIndicatorView } from "@/lib/families/card-view";
import type { IndicatorState } from "@/lib/families/family-card";
import { formatCutoff, formatValue } from "@/lib/families/format-value";
import { DIMENSION_NAMES, type Dimension } from "@/lib/scoring/dimensions";
import { toString } from "@/lib/scoring/fraction";

const STATE: Record<IndicatorState, { label: string; look: string }> = {
  deprived: { label: "deprived", look: "bg-red-100 text-red-900" },
  missing: { label: "missing (counted)", look: "bg-amber-100 text-amber-900" },
  not_applicable: { label: "does not apply", look: "bg-slate-100 text-slate-600" },
  not_deprived: { label: "not deprived", look: "bg-emerald-50 text-emerald-800" },
};

type Props = { byDimension: Map<Dimension | "retired", CardIndicatorView[]> };

/** Every indicator by dimension: value, cutoff, weight and whether the family is deprived. */
export function FamilyCardIndicators({ byDimension }: Props) {
  return (
    <section aria-labelledby="indicators" className="space-y-4">
      <h2 id="indicators" className="text-lg font-medium">
        Indicators
      </h2>
      {[...byDimension.entries()].map(([dimension, indicators]) => (
        <div key={dimension}>
          <h3 className="mb-2 font-medium">
            {dimension === "retired" ? "Retired indicators" : DIMENSION_NAMES[dimension].en}
          </h3>
          <DataTable
            headings={[
              { label: "Indicator", className: "w-1/2" },
              "Value",
              "Cutoff",
              "Weight",
              "State",
            ]}
          >
            {indicators.map((i) => (
              <tr key={i.id} className="border-t border-slate-100" data-indicator={i.id}>
                <td className="px-4 py-2">{i.definition?.description.en ?? i.id}</td>
                <td className="px-4 py-2 tabular-nums">
                  {i.definition ? formatValue(i.definition.unit, i.value) : "—"}
                </td>
                <td className="px-4 py-2 tabular-nums">
                  {i.definition ? formatCutoff(i.definition.unit, i.definition.cutoff) : "—"}
                </td>
                <td className="px-4 py-2 tabular-nums">{toString(i.weight)}</td>
                <td className="px-4 py-2">
                  <span className={`rounded px-2 py-0.5 text-xs ${STATE[i.state].look}`}>
                    {STATE[i.state].label}
                  </span>
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      ))}
    </section>
  );
}
