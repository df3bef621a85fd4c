import { useId, type CSSProperties } from "react";
import { ChoroplethLegend } from "./choropleth-legend";
import { findDistrict, findRegion } from "@/lib/geo";
import {
  NO_DATA_COLOUR,
  NO_DATA_HATCH,
  binOf,
  equalIntervalBins,
  markColourOn,
} from "@/lib/geo/colour-bins";
import { BOUNDARY_ATTRIBUTION, type MapShape } from "@/lib/geo/map-paths";

export type ChoroplethArea = {
  /** Region code or district KATO, as in `MapShape.areas`. */
  code: string;
  name: string;
  value: number | null;
  /** The value as a reader should see it, e.g. "12.4 %". */
  label: string;
  /** Where the area leads, e.g. the region's own map. */
  href?: string;
};

type Props = {
  shape: MapShape;
  areas: readonly ChoroplethArea[];
  title: string;
  legendTitle: string;
  format: (value: number) => string;
};

type DrawnArea = {
  code: string;
  d: string;
  fill: string;
  /** Focus ring colour, chosen to contrast with the fill. */
  mark: string;
  text: string;
  href?: string;
};

/**
 * A map whose areas are coloured by their value in five equal intervals, with the intervals in a
 * legend under it. Areas without a value, or missing from `areas`, are hatched grey.
 */
export function ChoroplethMap({ shape, areas, title, legendTitle, format }: Props) {
  const id = useId();
  const noDataFill = `url(#${id}hatch)`;
  const byCode = new Map(areas.map((area) => [area.code, area]));
  const bins = equalIntervalBins(shape.areas.map(({ code }) => byCode.get(code)?.value ?? null));

  const drawn = shape.areas.map(({ code, d }): DrawnArea => {
    const area = byCode.get(code);
    const colour = binOf(bins, area?.value ?? null)?.colour;
    const name = area?.name ?? findRegion(code)?.name.en ?? findDistrict(code)?.name.en ?? code;

    return {
      code,
      d,
      fill: colour ?? noDataFill,
      mark: markColourOn(colour ?? NO_DATA_COLOUR),
      text: `${name}: ${area?.label ?? "no data"}`,
      href: area?.href,
    };
  });
  const hasNoData = drawn.some((area) => area.fill === noDataFill);

  return (
    <div>
      <svg
        viewBox={shape.viewBox}
        width="100%"
        className="block h-auto max-h-[75vh] w-full"
        aria-labelledby={`${id}title`}
      >
        <title id={`${id}title`}>{title}</title>
        <defs>
          <pattern
            id={`${id}hatch`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill={NO_DATA_COLOUR} />
            <line x1="0" y1="0" x2="0" y2="6" stroke={NO_DATA_HATCH} strokeWidth="2" />
          </pattern>
        </defs>
        {drawn.map((area) => (
          <MapArea key={area.code} area={area} />
        ))}
      </svg>
      <ChoroplethLegend title={legendTitle} bins={bins} format={format} noData={hasNoData} />
      <p className="mt-2 text-xs text-slate-500">{BOUNDARY_ATTRIBUTION}.</p>
    </div>
  );
}

function MapArea({ area }: { area: DrawnArea }) {
  const path = (
    <path
      d={area.d}
      fill={area.fill}
      fillRule="evenodd"
      stroke="#ffffff"
      strokeWidth="1"
      strokeLinejoin="round"
      vectorEffect="non-scaling-stroke"
      className={
        area.href
          ? "group-hover:opacity-80 group-focus-visible:[stroke-width:4px] " +
            "group-focus-visible:[stroke:var(--mark)]"
          : undefined
      }
      style={area.href ? ({ "--mark": area.mark } as CSSProperties) : undefined}
    >
      <title>{area.text}</title>
    </path>
  );
  if (!area.href) return path;

  return (
    <a href={area.href} aria-label={area.text} className="group outline-none">
      {path}
    </a>
  );
}
