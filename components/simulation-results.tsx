import { DataTable } from "./data-table";
import { REGIONS } from "@/lib/geo";
import { CLASSES } from "@/lib/scoring/config/classes";
import type { Measures, Simulation } from "@/lib/scoring/simulate";

const pct = (value: number | null) => (value === null ? "—" : `${(value * 100).toFixed(2)} %`);
const dec = (value: number | null) => (value === null ? "—" : value.toFixed(4));

const ROWS: { label: string; value: (m: Measures) => string }[] = [
  { label: "H, families poor", value: (m) => pct(m.H) },
  { label: "A, intensity among poor families", value: (m) => dec(m.A) },
  { label: "M0 = H × A, families", value: (m) => dec(m.M0) },
  { label: "H, persons (families weighted by size)", value: (m) => pct(m.personsH) },
  { label: "A, persons", value: (m) => dec(m.personsA) },
  { label: "M0, persons", value: (m) => dec(m.personsM0) },
  ...CLASSES.map((c) => ({
    label: `Families in class ${c}`,
    value: (m: Measures) => m.classes[c].toLocaleString("en"),
  })),
];

/** The draft against the active configuration: national measures, classes and regions. */
export function SimulationResults({ result }: { result: Simulation }) {
  const { national } = result;

  return (
    <div className="space-y-4" data-testid="simulation-results">
      <p className="text-sm" data-testid="class-changes">
        {national.movedUp.toLocaleString("en")} families would move up a class and{" "}
        {national.movedDown.toLocaleString("en")} would move down, of{" "}
        {national.active.families.toLocaleString("en")}.
      </p>
      <DataTable headings={["Nationally", "Active", "Draft"]}>
        {ROWS.map((row) => (
          <tr key={row.label} className="border-t border-slate-100">
            <td className="px-4 py-1.5">{row.label}</td>
            <td className="px-4 py-1.5 tabular-nums">{row.value(national.active)}</td>
            <td className="px-4 py-1.5 tabular-nums">{row.value(national.draft)}</td>
          </tr>
        ))}
      </DataTable>
      <DataTable
        headings={["Region", "H active", "H draft", "M0 active", "M0 draft", "Up", "Down"]}
      >
        {REGIONS.filter((r) => result.regions[r.code]).map((region) => {
          const c = result.regions[region.code]!;
          return (
            <tr key={region.code} className="border-t border-slate-100">
              <td className="px-4 py-1.5">{region.name.en}</td>
              <td className="px-4 py-1.5 tabular-nums">{pct(c.active.H)}</td>
              <td className="px-4 py-1.5 tabular-nums">{pct(c.draft.H)}</td>
              <td className="px-4 py-1.5 tabular-nums">{dec(c.active.M0)}</td>
              <td className="px-4 py-1.5 tabular-nums">{dec(c.draft.M0)}</td>
              <td className="px-4 py-1.5 tabular-nums">{c.movedUp.toLocaleString("en")}</td>
              <td className="px-4 py-1.5 tabular-nums">{c.movedDown.toLocaleString("en")}</td>
            </tr>
          );
        })}
      </DataTable>
    </div>
  );
}
