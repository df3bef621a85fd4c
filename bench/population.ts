import { ageOn, parseIsoDay } from "../lib/registries/calendar";
import { districtModel } from "../lib/registries/country/districts";
import { IinAllocator } from "../lib/registries/iin-allocator";
import { alive } from "../lib/registries/model/benefits";
import { stateBenefits } from "../lib/registries/model/entitlements";
import { PM } from "../lib/registries/model/epoch";
import { familyOn } from "../lib/registries/model/snapshot";
import { householdIncome } from "../lib/registries/model/income";
import type { Family } from "../lib/registries/model/types";
import type { Bench, Metric } from "./types";

const DAY = parseIsoDay("2026-06-30") ?? 0;

type Tally = Record<string, number>;

function count(tally: Tally, key: string, by = 1): void {
  tally[key] = (tally[key] ?? 0) + by;
}

function observe(family: Family, tally: Tally): void {
  const people = family.members.filter((p) => alive(p, DAY) && p.birthDay <= DAY);
  const main = people.filter((p) => p.household === 0);
  const region = districtModel(family.households[0]?.districtIndex ?? 0).region.code;
  const benefits = stateBenefits(1, family, DAY);
  const poor = householdIncome(family, 0, DAY, benefits) / Math.max(1, main.length) < PM;
  const minors = main.filter((p) => ageOn(p.birthDay, DAY) < 18).length;

  count(tally, "people", people.length);
  count(tally, "poor_people", poor ? main.length : 0);
  count(tally, `people_${region}`, main.length);
  count(tally, `poor_${region}`, poor ? main.length : 0);
  count(tally, "families_4_children", minors >= 4 ? 1 : 0);
  count(tally, "pregnant", people.filter((p) => p.dueDay !== null).length);
  count(tally, "under_1_5", people.filter((p) => DAY - p.birthDay < 548).length);
  count(tally, "unemployed", people.filter((p) => p.work === "unemployed").length);
  count(tally, "disability", people.filter((p) => p.disability > 0 || p.childDisability).length);
  count(
    tally,
    "child_disability",
    people.filter((p) => p.childDisability && ageOn(p.birthDay, DAY) < 18).length,
  );
  count(tally, "mothers_6_plus", people.filter((p) => p.childrenBorn >= 6).length);
  for (const b of benefits) if (b.end === null) count(tally, `paid_${b.code}`);
}

export const populationBench: Bench = {
  description:
    "calibration of the synthetic country on 2026-06-30 (shares, entitled and paid counts)",
  defaultFamilies: 50_000,
  run({ families }) {
    const tally: Tally = {};
    const started = performance.now();
    const allocator = new IinAllocator(0, 1);
    for (let index = 0; index < families; index++) {
      const family = familyOn(1, index, DAY, allocator);
      observe(family, tally);
    }
    const people = tally.people ?? 1;
    const share = (key: string, of = people) => ((tally[key] ?? 0) / of) * 100;
    const metrics: Metric[] = [
      { metric: "seconds", value: (performance.now() - started) / 1000, unit: "s" },
      { metric: "people_per_family", value: people / families, unit: "people" },
      { metric: "poor_share", value: share("poor_people"), unit: "% of people" },
      {
        metric: "poor_share_turkistan",
        value: share("poor_KZ-61", tally["people_KZ-61"]),
        unit: "% of people",
      },
      {
        metric: "poor_share_astana",
        value: share("poor_KZ-71", tally["people_KZ-71"]),
        unit: "% of people",
      },
      {
        metric: "large_families",
        value: share("families_4_children", families),
        unit: "% of families",
      },
    ];
    for (const key of Object.keys(tally).filter((k) => !k.includes("KZ-") && !k.startsWith("p"))) {
      metrics.push({ metric: key, value: tally[key] ?? 0, unit: "count" });
    }
    for (const key of Object.keys(tally).filter((k) => k.startsWith("paid_") || k === "pregnant")) {
      metrics.push({
        metric: key,
        value: tally[key] ?? 0,
        unit: key === "pregnant" ? "people" : "assignments",
      });
    }

    return Promise.resolve(metrics);
  },
};
