import { DISTRICTS, REGIONS, type District, type Region } from "../../geo";
import { meanFamilySize, regionProfile } from "./profiles";

/**
 * Spreading a region's population over its districts (most districts have no figure): districts
 * with a published figure keep it; the rest of the region's population goes to the others in
 * proportion to a weight: 10 for the region's administrative centre, 3 for any other city, 1 for
 * a rural district or a district of a city of republican significance. Where the published
 * figures leave less than 10 % of the region for the rest (Abai's exceed the region total), they
 * are scaled down so that 10 % is left. Cities are urban, rural districts rural.
 */
export type DistrictModel = {
  district: District;
  region: Region;
  index: number;
  population: number;
  urban: boolean;
  /** Families living in the district, relative (population over mean family size). */
  familyWeight: number;
};

const normalise = (name: string) => name.toLowerCase().replace(/^zh/, "j");

function weightOf(district: District, region: Region): number {
  if (district.kind === "city" && normalise(district.name.en) === normalise(region.adminCentre)) {
    return 10;
  }
  if (district.kind === "city") return 3;

  return 1;
}

function regionPopulations(region: Region, districts: District[]): number[] {
  const known = districts.reduce((sum, d) => sum + (d.population ?? 0), 0);
  const unknownWeight = districts.reduce(
    (sum, d) => sum + (d.population === null ? weightOf(d, region) : 0),
    0,
  );
  if (unknownWeight === 0)
    return districts.map((d) => ((d.population ?? 0) * region.population) / known);

  const scale = known > 0.9 * region.population ? (0.9 * region.population) / known : 1;
  const rest = region.population - known * scale;

  return districts.map((d) =>
    d.population === null ? (rest * weightOf(d, region)) / unknownWeight : d.population * scale,
  );
}

function buildModels(): DistrictModel[] {
  const models: DistrictModel[] = [];
  for (const region of REGIONS) {
    const districts = DISTRICTS.filter((d) => d.regionCode === region.code);
    const populations = regionPopulations(region, districts);
    const profile = regionProfile(region.code);
    districts.forEach((district, i) => {
      const population = populations[i] ?? 0;
      const urban = district.kind !== "district";
      const familyWeight = population / meanFamilySize(profile, urban);
      models.push({ district, region, index: models.length, population, urban, familyWeight });
    });
  }

  return models;
}

export const DISTRICT_MODELS: readonly DistrictModel[] = buildModels();

/** Cumulative family weights, for drawing a family's district. */
export const DISTRICT_CUMULATIVE: Float64Array = (() => {
  const table = new Float64Array(DISTRICT_MODELS.length);
  let total = 0;
  DISTRICT_MODELS.forEach((model, i) => {
    total += model.familyWeight;
    table[i] = total;
  });

  return table;
})();

export function districtModel(index: number): DistrictModel {
  const model = DISTRICT_MODELS[index];
  if (!model) throw new Error(`no district ${index}`);

  return model;
}

export const KNOWN_KATO: ReadonlySet<string> = new Set(DISTRICTS.map((d) => d.kato));
