// Kazakhstan's 20 top-level units and 223 districts with KATO codes, from shared/data (sources
// and licences in docs/geography.md). Two districts without a verified KATO code (Sauran,
// Saraishyk) are left out: nothing can be keyed on them.
import districtRows from "./districts.json";
import regionRows from "./regions.json";
import type { District, Region } from "./types";

export type { District, LocalisedName, Region } from "./types";

export const REGIONS = regionRows as readonly Region[];
export const DISTRICTS = districtRows as readonly District[];

const regionsByCode = new Map(REGIONS.map((region) => [region.code, region]));
const districtsByKato = new Map(DISTRICTS.map((district) => [district.kato, district]));

export function findRegion(code: string): Region | undefined {
  return regionsByCode.get(code);
}

export function findDistrict(kato: string): District | undefined {
  return districtsByKato.get(kato);
}

export function districtsOf(regionCode: string): District[] {
  return DISTRICTS.filter((district) => district.regionCode === regionCode);
}
