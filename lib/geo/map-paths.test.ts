import { describe, expect, it } from "vitest";
import districtFile from "./boundaries/kz-districts.geo.json";
import regionFile from "./boundaries/kz-regions.geo.json";
import { DISTRICTS, REGIONS, districtsOf } from "./index";
import { countryMap, regionMap, type MapShape } from "./map-paths";

const KATOS_WITH_BOUNDARY = new Set(districtFile.features.map((f) => f.properties.kato));

function points(d: string): [number, number][] {
  return [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
}

function centre(shape: MapShape, code: string): [number, number] {
  const all = points(shape.areas.find((area) => area.code === code)?.d ?? "");
  const mean = (i: 0 | 1) => all.reduce((sum, point) => sum + point[i], 0) / all.length;

  return [mean(0), mean(1)];
}

function expectDrawable(shape: MapShape) {
  expect(shape.width).toBe(800);
  expect(shape.viewBox).toBe(`0 0 ${shape.width} ${shape.height}`);
  for (const area of shape.areas) {
    expect(area.d).toMatch(/^M[\d.,]+( [\d.,]+){2,}Z(M[\d.,]+( [\d.,]+){2,}Z)*$/);
    for (const [x, y] of points(area.d)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(shape.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(shape.height);
      expect(Math.round(x * 10) / 10).toBe(x);
      expect(Math.round(y * 10) / 10).toBe(y);
    }
  }
}

describe("boundary files", () => {
  it("hold a polygon for each of the 20 regions and only districts that the portal knows", () => {
    const regionCodes = regionFile.features.map((f) => f.properties.code).sort();
    expect(regionCodes).toEqual(REGIONS.map((region) => region.code).sort());

    const katos = new Set(DISTRICTS.map((district) => district.kato));
    expect([...KATOS_WITH_BOUNDARY].filter((kato) => !katos.has(kato))).toEqual([]);
    const types = [...regionFile.features, ...districtFile.features].map((f) => f.geometry.type);
    expect(new Set(types)).toEqual(new Set(["Polygon", "MultiPolygon"]));
  });
});

describe("country map", () => {
  const shape = countryMap();

  it("has one area for each of the 20 regions", () => {
    const codes = shape.areas.map((area) => area.code).sort();
    expect(codes).toEqual(REGIONS.map((region) => region.code).sort());
  });

  it("draws every area inside the view box, rounded to a tenth", () => {
    expectDrawable(shape);
  });

  it("keeps Kazakhstan's proportions with north up and west on the left", () => {
    // About 2 600 km east to west and 1 600 km north to south.
    expect(shape.height / shape.width).toBeGreaterThan(0.5);
    expect(shape.height / shape.width).toBeLessThan(0.6);

    const [atyrauX] = centre(shape, "KZ-23");
    const [eastX] = centre(shape, "KZ-63");
    const [, northY] = centre(shape, "KZ-59");
    const [, turkistanY] = centre(shape, "KZ-61");
    expect(atyrauX).toBeLessThan(eastX);
    expect(northY).toBeLessThan(turkistanY);
  });

  it("is projected once and then reused", () => {
    expect(countryMap()).toBe(shape);
  });
});

describe("region maps", () => {
  it.each(REGIONS.map((region) => region.code))(
    "%s has an area for exactly its districts with a boundary",
    (code) => {
      const shape = regionMap(code);
      expect(shape).not.toBeNull();
      if (!shape) return;

      const katos = districtsOf(code).map((district) => district.kato);
      const expected = katos.filter((kato) => KATOS_WITH_BOUNDARY.has(kato)).sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(shape.areas.map((area) => area.code).sort()).toEqual(expected);
      expectDrawable(shape);
    },
  );

  it("fills the width with the region itself, not with the whole country", () => {
    const almaty = regionMap("KZ-75");
    const xs = almaty?.areas.flatMap((area) => points(area.d).map(([x]) => x)) ?? [];
    expect(Math.min(...xs)).toBeLessThan(10);
    expect(Math.max(...xs)).toBeGreaterThan(790);
  });

  it("is null for a code that is not a region", () => {
    expect(regionMap("KZ-00")).toBeNull();
    expect(regionMap("751210000")).toBeNull();
    expect(regionMap("")).toBeNull();
  });

  it("is projected once and then reused", () => {
    expect(regionMap("KZ-61")).toBe(regionMap("KZ-61"));
  });
});
