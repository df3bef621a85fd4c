// An equirectangular projection fitted to a width, and GeoJSON polygons as SVG paths. For one
// country between 40° and 56° N this is close enough to a conic projection, and it keeps the
// code free of a projection library: x is shrunk by the cosine of the middle latitude so that
// shapes do not widen, and y is flipped so that north is up.

/** [longitude, latitude] in degrees (WGS84), as in GeoJSON. */
export type Position = readonly number[];
export type Ring = readonly Position[];
export type Polygon = readonly Ring[];
export type Geometry =
  | { type: "Polygon"; coordinates: Polygon }
  | { type: "MultiPolygon"; coordinates: readonly Polygon[] };

export type Fit = {
  width: number;
  height: number;
  /** The geometry as SVG path data, or "" when every ring is smaller than the rounding step. */
  pathOf: (geometry: Geometry) => string;
};

type Box = { west: number; east: number; south: number; north: number };

export function polygonsOf(geometry: Geometry): readonly Polygon[] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

function boundingBox(geometries: readonly Geometry[]): Box {
  const box = { west: Infinity, east: -Infinity, south: Infinity, north: -Infinity };
  for (const ring of geometries.flatMap(polygonsOf).flat()) {
    for (const [lon = NaN, lat = NaN] of ring) {
      box.west = Math.min(box.west, lon);
      box.east = Math.max(box.east, lon);
      box.south = Math.min(box.south, lat);
      box.north = Math.max(box.north, lat);
    }
  }
  if (!Number.isFinite(box.west + box.east + box.south + box.north)) {
    throw new Error("Cannot fit a map to geometries without coordinates");
  }

  return box;
}

/**
 * Fits the geometries' bounding box into `width` units less `margin` on each side; the height
 * follows from the box. Path coordinates are rounded to 0.1 unit.
 */
export function fitEquirectangular(
  geometries: readonly Geometry[],
  width: number,
  margin: number,
): Fit {
  const box = boundingBox(geometries);
  const xScale = Math.cos((((box.south + box.north) / 2) * Math.PI) / 180);
  const scale = (width - 2 * margin) / Math.max((box.east - box.west) * xScale, 1e-9);
  const height = Math.ceil((box.north - box.south) * scale + 2 * margin);

  // Whole tenths of a unit: neighbours that share a border vertex get the same rounded point,
  // so rounding opens no gaps between areas.
  const toTenths = ([lon = NaN, lat = NaN]: Position): [number, number] => [
    Math.round((margin + (lon - box.west) * xScale * scale) * 10),
    Math.round((margin + (box.north - lat) * scale) * 10),
  ];

  return { width, height, pathOf: (geometry) => pathOf(geometry, toTenths) };
}

function pathOf(geometry: Geometry, toTenths: (position: Position) => [number, number]): string {
  const rings = polygonsOf(geometry)
    .flat()
    .map((ring) => ringPath(ring.map(toTenths)));

  return rings.join("");
}

/** "M x,y x,y … Z" for a ring of points in tenths, or "" if it collapses below 3 points. */
function ringPath(points: [number, number][]): string {
  const kept: [number, number][] = [];
  for (const point of points) {
    const last = kept.at(-1);
    if (last === undefined || last[0] !== point[0] || last[1] !== point[1]) kept.push(point);
  }
  const first = kept[0];
  const last = kept.at(-1);
  if (kept.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) kept.pop();
  if (kept.length < 3) return "";

  return `M${kept.map(([x, y]) => `${x / 10},${y / 10}`).join(" ")}Z`;
}
