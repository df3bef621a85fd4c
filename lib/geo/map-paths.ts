// Maps of Kazakhstan and of each region as SVG paths, for choropleths drawn on the server. The
// boundaries in ./boundaries are simplified public data (source, licence and attribution in
// docs/geography.md); each map is projected on first use and kept for the life of the process.
import districtFile from "./boundaries/kz-districts.geo.json";
import regionFile from "./boundaries/kz-regions.geo.json";
import { districtsOf, findRegion } from "./index";
import { fitEquirectangular, type Geometry } from "./projection";

export type MapShape = {
  viewBox: string;
  width: number;
  height: number;
  /** `code` is the region code on the country map, the district KATO on a region's map. */
  areas: { code: string; d: string }[];
};

type FeatureFile<Properties> = {
  features: readonly { properties: Properties; geometry: Geometry }[];
};
type Boundary = { code: string; geometry: Geometry };

/** CC BY 4.0 asks for this wherever the maps are shown. */
export const BOUNDARY_ATTRIBUTION =
  "Boundaries © geokz (A. Rodionov), CC BY 4.0, based on OCHA COD-AB Kazakhstan; " +
  "simplified and modified";

const MAP_WIDTH = 800;
const MAP_MARGIN = 8;

// The JSON module types say `type: string`; the files are checked by lib/geo/map-paths.test.ts.
const regionBoundaries = new Map(
  (regionFile as unknown as FeatureFile<{ code: string }>).features.map((feature) => [
    feature.properties.code,
    feature.geometry,
  ]),
);
const districtBoundaries = new Map(
  (districtFile as unknown as FeatureFile<{ kato: string }>).features.map((feature) => [
    feature.properties.kato,
    feature.geometry,
  ]),
);

let country: MapShape | undefined;
const regionShapes = new Map<string, MapShape | null>();

/** Kazakhstan with one area per region and city of republican significance (20). */
export function countryMap(): MapShape {
  country ??= shapeOf(
    [...regionBoundaries].map(([code, geometry]) => ({ code, geometry })),
    [...regionBoundaries.values()],
  );

  return country;
}

/**
 * One region, fitted to its own bounding box, with one area per district that has a boundary;
 * null for a code that is not a region.
 */
export function regionMap(regionCode: string): MapShape | null {
  const region = findRegion(regionCode);
  // Only known codes are cached, so that arbitrary codes from a URL cannot grow the cache.
  if (!region) return null;

  const cached = regionShapes.get(region.code);
  if (cached !== undefined) return cached;

  const shape = buildRegionMap(region.code);
  regionShapes.set(region.code, shape);

  return shape;
}

function buildRegionMap(regionCode: string): MapShape | null {
  const districts = districtsOf(regionCode).flatMap((district) => {
    const geometry = districtBoundaries.get(district.kato);

    return geometry ? [{ code: district.kato, geometry }] : [];
  });
  if (districts.length === 0) return null;

  const outline = regionBoundaries.get(regionCode);
  const fitted = districts.map((district) => district.geometry);

  return shapeOf(districts, outline ? [outline, ...fitted] : fitted);
}

function shapeOf(boundaries: readonly Boundary[], fitTo: readonly Geometry[]): MapShape {
  const fit = fitEquirectangular(fitTo, MAP_WIDTH, MAP_MARGIN);
  const areas = boundaries
    .map((boundary) => ({ code: boundary.code, d: fit.pathOf(boundary.geometry) }))
    .filter((area) => area.d !== "");

  return {
    viewBox: `0 0 ${fit.width} ${fit.height}`,
    width: fit.width,
    height: fit.height,
    areas,
  };
}
