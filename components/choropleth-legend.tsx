import type { CSSProperties } from "react";
import { NO_DATA_COLOUR, NO_DATA_HATCH, type ColourBin } from "@/lib/geo/colour-bins";

type Props = {
  title: string;
  bins: readonly ColourBin[];
  format: (value: number) => string;
  /** Whether some area has no value, so the hatched swatch needs explaining. */
  noData: boolean;
};

const HATCH = `repeating-linear-gradient(45deg, ${NO_DATA_HATCH} 0 2px, ${NO_DATA_COLOUR} 2px 5px)`;

/** The colour bins of a choropleth map with their ranges, lowest first. */
export function ChoroplethLegend({ title, bins, format, noData }: Props) {
  return (
    <div className="mt-3 text-sm text-slate-700">
      <p className="font-medium">{title}</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {bins.map((bin, i) => (
          <li key={i} className="flex items-center gap-1.5">
            <Swatch style={{ backgroundColor: bin.colour }} />
            <span className="tabular-nums">
              {bins.length === 1 ? format(bin.from) : `${format(bin.from)} – ${format(bin.to)}`}
            </span>
          </li>
        ))}
        {noData && (
          <li className="flex items-center gap-1.5">
            <Swatch style={{ backgroundImage: HATCH }} />
            No data
          </li>
        )}
      </ul>
    </div>
  );
}

function Swatch({ style }: { style: CSSProperties }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block h-3 w-6 shrink-0 rounded-sm border border-slate-300"
      style={style}
    />
  );
}
