import { DISTRICTS } from "./districts";
import { REGIONS } from "./regions";
import type { District, Region } from "./types";

export type { District, LocalisedName, Region } from "./types";
export { DISTRICTS, REGIONS };

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
