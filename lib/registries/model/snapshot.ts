import { districtModel } from "../country/districts";
import { regionProfile } from "../country/profiles";
import type { IinAllocator } from "../iin-allocator";
import { advance } from "./events";
import { baseFamily } from "./family";
import type { Family } from "./types";

/** Family `index` as it stands on `day`: the epoch's family with its events up to that day. */
export function familyOn(
  seed: number,
  index: number,
  day: number,
  allocator: IinAllocator,
): Family {
  const family = baseFamily(seed, index, allocator);
  const home = family.households[0];
  const fertility = home
    ? regionProfile(districtModel(home.districtIndex).region.code).fertility
    : 1;
  advance(family, day, fertility, { seed, allocator });

  return family;
}
