import { districtModel } from "../country/districts";
import { STREETS, VILLAGES } from "../country/names";
import { regionProfile } from "../country/profiles";
import type { Stream } from "../rng";
import { addressId } from "./identifiers";
import type { Household } from "./types";

export type DwellingInput = {
  rng: Stream;
  family: number;
  number: number;
  move: number;
  districtIndex: number;
  members: number;
  wealth: number;
  since: number;
};

function utilities(rng: Stream, districtIndex: number, urban: boolean, wealth: number) {
  const region = districtModel(districtIndex).region;
  const profile = regionProfile(region.code);
  const gasShare = profile.gas * (urban ? 1.05 : 0.8);
  const gas = rng.chance(gasShare) ? "mains" : rng.chance(0.55) ? "bottled" : "none";
  const pipedShare = urban ? 0.985 : profile.ruralWater * (0.92 + 0.06 * wealth);
  const water = rng.chance(pipedShare) ? "piped" : rng.chance(0.75) ? "well" : "delivered";
  const sewage = urban
    ? rng.chance(0.93)
      ? "central"
      : "septic"
    : rng.chance(0.1)
      ? "central"
      : rng.chance(0.5 + 0.1 * wealth)
        ? "septic"
        : "none";
  const central = urban && rng.chance(0.85);
  const heating = central ? "central" : gas === "mains" ? "individual" : "stove";

  return { gas, water, sewage, heating, electricity: rng.chance(0.998) } as const;
}

/** A registered address with its dwelling and utilities. */
export function createHousehold(input: DwellingInput): Household {
  const { rng, districtIndex, members, wealth } = input;
  const model = districtModel(districtIndex);
  const urban = model.urban;
  const apartment = urban && rng.chance(0.78);
  const roomsWanted = Math.round(members / 2 + 0.7 * rng.normal() + 0.6 * wealth + (urban ? 0 : 1));
  const rooms = Math.min(apartment ? 5 : 7, Math.max(1, roomsWanted));
  const perRoom = apartment ? 17 + 6 * rng.uniform() : 20 + 10 * rng.uniform();
  const area = Math.round((rooms * perRoom + (apartment ? 12 : 20)) * 10) / 10;
  const utility = utilities(rng, districtIndex, urban, wealth);
  const bill = area * (utility.heating === "central" ? 260 : 120) + members * 2600 + 3000;
  const behind = wealth < -1 ? 0.25 : 0.06;

  return {
    number: input.number,
    districtIndex,
    kato: model.district.kato,
    urban,
    settlement: urban ? model.district.name.ru : `с. ${rng.pick(VILLAGES)}`,
    street: rng.pick(STREETS),
    house: rng.int(1, urban ? 180 : 90),
    flat: apartment ? rng.int(1, 240) : null,
    addressId: addressId(input.family, input.number, input.move),
    since: input.since,
    moves: input.move,
    dwelling: apartment ? "apartment" : "house",
    area,
    rooms,
    owned: rng.chance(urban ? 0.74 + 0.08 * wealth : 0.93),
    ...utility,
    monthlyBill: Math.round(bill / 10) * 10,
    arrearsMonths: rng.chance(behind) ? rng.int(1, 8) : 0,
  };
}
