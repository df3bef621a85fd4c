import { districtModel } from "../country/districts";
import { regionProfile } from "../country/profiles";
import type { Stream } from "../rng";
import { EPOCH, YEAR } from "./epoch";
import { cadastralNumber, plate, vin } from "./identifiers";
import type { Family, Person } from "./types";

const MAKES = [
  "Toyota",
  "Hyundai",
  "Lada",
  "Chevrolet",
  "Kia",
  "Volkswagen",
  "Mercedes-Benz",
  "Nissan",
];
const LENDERS = [
  "HALYK",
  "KASPI",
  "FORTE",
  "BCC",
  "JUSAN",
  "HOME_CREDIT",
  "FREEDOM",
  "MFO_SHINHAN",
];

const adultsOf = (family: Family) =>
  family.members.filter(
    (p) => p.resident && p.deathDay === null && EPOCH - p.birthDay >= 18 * YEAR,
  );

function poisson(rng: Stream, mean: number): number {
  let count = 0;
  let product = rng.uniform();
  const limit = Math.exp(-mean);
  while (product > limit && count < 6) {
    count += 1;
    product *= rng.uniform();
  }

  return count;
}

function registered(rng: Stream, owner: Person): number {
  const adult = owner.birthDay + Math.round(18 * YEAR);

  return Math.max(adult, EPOCH - rng.int(30, 20 * 365));
}

/** Vehicles, real estate, land and loans of the family at the epoch. */
export function assignAssets(family: Family, rng: Stream): void {
  const adults = adultsOf(family);
  const home = family.households[0];
  if (adults.length === 0 || !home) return;

  const region = districtModel(home.districtIndex).region;
  const profile = regionProfile(region.code);
  const owner = () => rng.pick(adults.slice(0, 2));

  const vehicles = poisson(rng, 0.5 * Math.exp(0.45 * family.wealth) * (home.urban ? 0.9 : 1.1));
  for (let i = 0; i < vehicles; i++) {
    const by = owner();
    const commercial = rng.chance(0.08);
    family.vehicles.push({
      ownerSlot: by.slot,
      vin: vin(family.index, i),
      plate: plate(family.index, i, profile.plate),
      category: commercial ? "N1" : rng.chance(0.03) ? "L3" : "M1",
      make: rng.pick(MAKES),
      year: Math.round(2025 - rng.exponential(1 / 9)),
      registeredDay: registered(rng, by),
      commercial,
    });
  }

  if (home.owned) {
    const by = owner();
    family.properties.push({
      ownerSlot: by.slot,
      cadastral: cadastralNumber(home.kato, family.index, 0),
      kind: home.dwelling,
      area: home.area,
      rooms: home.rooms,
      kato: home.kato,
      registeredDay: Math.min(home.since, registered(rng, by)),
      share: 1,
      household: 0,
    });
  }
  const extra = poisson(rng, 0.12 * Math.exp(0.8 * family.wealth));
  for (let i = 0; i < extra; i++) {
    const by = owner();
    const kind = rng.pick(["apartment", "garage", "dacha", "commercial", "apartment"] as const);
    family.properties.push({
      ownerSlot: by.slot,
      cadastral: cadastralNumber(home.kato, family.index, i + 1),
      kind,
      area: Math.round(
        (kind === "garage" ? 20 : kind === "commercial" ? 80 : 55) * (0.6 + rng.uniform()),
      ),
      rooms: kind === "apartment" ? rng.int(1, 3) : 0,
      kato: home.kato,
      registeredDay: registered(rng, by),
      share: rng.chance(0.9) ? 1 : 0.5,
      household: null,
    });
  }

  if (!home.urban && home.dwelling === "house" && rng.chance(0.7)) {
    const by = owner();
    const farming = rng.chance(0.12);
    const income =
      (farming ? 260000 : 120000) * Math.exp(0.25 * family.wealth + 0.5 * rng.normal());
    if (farming || rng.chance(0.75)) by.farmIncome = Math.round(income / 1000) * 1000;
    family.land.push({
      ownerSlot: by.slot,
      cadastral: cadastralNumber(home.kato, family.index, 6),
      purpose: farming ? "farming" : "household_plot",
      hectares:
        Math.round((farming ? 5 + 60 * rng.uniform() : 0.05 + 0.2 * rng.uniform()) * 100) / 100,
      kato: home.kato,
      registeredDay: registered(rng, by),
    });
  }

  adults.forEach((adult, i) => {
    const working = adult.work === "employed" || adult.work === "self_employed";
    if (EPOCH - adult.birthDay > 70 * YEAR || !rng.chance(working ? 0.42 : 0.2)) return;

    const kind = rng.pick(["consumer", "consumer", "microcredit", "car", "mortgage"] as const);
    const amount = kind === "mortgage" ? 8e6 + 2e7 * rng.uniform() : 1e5 + 2e6 * rng.uniform();
    const troubled = family.wealth < -1 ? 0.18 : 0.05;
    family.loans.push({
      borrowerSlot: adult.slot,
      contract: `${String(family.index).padStart(8, "0")}-${i}`,
      lender: rng.pick(LENDERS),
      kind,
      openedDay: EPOCH - rng.int(30, kind === "mortgage" ? 3650 : 1100),
      amount: Math.round(amount / 1000) * 1000,
      termMonths: kind === "mortgage" ? 240 : rng.pick([12, 24, 36, 60]),
      overdueDays: rng.chance(troubled) ? rng.int(91, 700) : rng.chance(0.06) ? rng.int(1, 90) : 0,
    });
  });
}
