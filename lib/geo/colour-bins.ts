// Colour classes for choropleth maps: equal intervals between the smallest and the largest
// value, so that a legend reads as plain ranges and the same value always gets the same colour.

export type ColourBin = {
  /** Lower bound, inclusive. */
  from: number;
  /** Upper bound: exclusive, except in the last bin. */
  to: number;
  colour: string;
};

// Tailwind blue 200, 400, 600, 800 and 950: one hue whose lightness falls at every step, so the
// order survives every kind of colour blindness and a greyscale print.
export const SEQUENTIAL_BLUES = ["#bfdbfe", "#60a5fa", "#2563eb", "#1e40af", "#172554"] as const;

// Tailwind slate 100 under slate 300 hatching: grey, and told apart from the palest blue by the
// hatching rather than by hue alone.
export const NO_DATA_COLOUR = "#f1f5f9";
export const NO_DATA_HATCH = "#cbd5e1";

/**
 * One bin per colour over [min, max] of the finite values; a single bin when all values are
 * equal, none when there is no value.
 */
export function equalIntervalBins(
  values: readonly (number | null)[],
  colours: readonly string[] = SEQUENTIAL_BLUES,
): ColourBin[] {
  const known = values.filter((value): value is number => Number.isFinite(value));
  if (known.length === 0 || colours.length === 0) return [];

  const min = Math.min(...known);
  const max = Math.max(...known);
  const [firstColour = ""] = colours;
  if (min === max) return [{ from: min, to: max, colour: firstColour }];

  const edge = (i: number) => min + ((max - min) * i) / colours.length;
  const last = colours.length - 1;

  return colours.map((colour, i) => ({
    from: edge(i),
    to: i === last ? max : edge(i + 1),
    colour,
  }));
}

/** The bin of a value: the last one whose lower bound it reaches; null for no value. */
export function binOf(bins: readonly ColourBin[], value: number | null): ColourBin | null {
  if (value === null || !Number.isFinite(value)) return null;

  // A value computed the same way as an edge may miss it by a rounding error (0.1 + 0.2);
  // it still belongs to the bin that the legend shows it starting.
  const tolerance = ((bins.at(-1)?.to ?? 0) - (bins[0]?.from ?? 0)) * 1e-9;

  return bins.findLast((bin) => value >= bin.from - tolerance) ?? bins[0] ?? null;
}

// Slate 950 and amber 300: one of them keeps 3:1 against every fill above (WCAG 1.4.11).
const DARK_MARK = "#020617";
const LIGHT_MARK = "#fcd34d";

/** The colour for a line drawn over a fill, such as a focus ring: dark on pale, light on dark. */
export function markColourOn(fill: string): string {
  const channels = [1, 3, 5].map((at) => {
    const c = parseInt(fill.slice(at, at + 2), 16) / 255;

    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = channels;
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;

  // Above this luminance black contrasts more than white does.
  return luminance > 0.179 ? DARK_MARK : LIGHT_MARK;
}
