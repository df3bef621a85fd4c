import { DataTable } from "./data-table";
import { findRegion } from "@/lib/geo";
import { DIMENSION_NAMES } from "@/lib/scoring/dimensions";
import { indicatorOf } from "@/lib/scoring/indicators";
import type { SnapshotMeasures } from "@/lib/scoring/snapshot-measures";

const pct = (value: number | null) => (value === null ? "—" : `${(value * 100).toFixed(2)} %`);
const dec = (value: number | null) => (value === null ? "—" : value.toFixed(4));

/** H, A and M0 of the current snapshot, by region, and what each dimension contributes. */
export function SnapshotMeasuresTables({ measures }: { measures: SnapshotMeasures }) {
  const { national } = measures;
  const top = [...measures.indicators]
    .sort((a, b) => (b.contribution ?? 0) - (a.contribution ?? 0))
    .slice(0, 10);

  return (
    <section aria-labelledby="measures" className="space-y-4">
      <h2 id="measures" className="text-lg font-medium">
        Measures of the current snapshot (version {measures.version})
      </h2>
      <p className="text-sm" data-testid="national-measures">
        Families: H {pct(national.H)}, A {dec(national.A)}, M0 {dec(national.M0)}. Persons (families
        weighted by size): H {pct(national.personsH)}, A {dec(national.personsA)}, M0{" "}
        {dec(national.personsM0)}. A is the mean score of the poor; M0 = H × A.
      </p>
      <DataTable headings={["Dimension", "Contribution to M0"]}>
        {measures.dimensions.map((d) => (
          <tr key={d.dimension} className="border-t border-slate-100">
            <td className="px-4 py-1.5">{DIMENSION_NAMES[d.dimension].en}</td>
            <td className="px-4 py-1.5 tabular-nums">{pct(d.contribution)}</td>
          </tr>
        ))}
      </DataTable>
      <DataTable headings={["Indicator", "Uncensored", "Censored", "Contribution"]}>
        {top.map((i) => (
          <tr key={i.id} className="border-t border-slate-100">
            <td className="px-4 py-1.5">{indicatorOf(i.id)?.description.en ?? i.id}</td>
            <td className="px-4 py-1.5 tabular-nums">{pct(i.uncensored)}</td>
            <td className="px-4 py-1.5 tabular-nums">{pct(i.censored)}</td>
            <td className="px-4 py-1.5 tabular-nums">{pct(i.contribution)}</td>
          </tr>
        ))}
      </DataTable>
      <DataTable headings={["Region", "Share", "H", "A", "M0", "H persons", "M0 persons"]}>
        {[...measures.regions]
          .sort((a, b) => b.M0 - a.M0)
          .map((r) => (
            <tr key={r.code} className="border-t border-slate-100">
              <td className="px-4 py-1.5">{findRegion(r.code)?.name.en ?? "no address"}</td>
              <td className="px-4 py-1.5 tabular-nums">{pct(r.share)}</td>
              <td className="px-4 py-1.5 tabular-nums">{pct(r.H)}</td>
              <td className="px-4 py-1.5 tabular-nums">{dec(r.A)}</td>
              <td className="px-4 py-1.5 tabular-nums">{dec(r.M0)}</td>
              <td className="px-4 py-1.5 tabular-nums">{pct(r.personsH)}</td>
              <td className="px-4 py-1.5 tabular-nums">{dec(r.personsM0)}</td>
            </tr>
          ))}
      </DataTable>
    </section>
  );
}
