export type LocalisedName = { en: string; ru: string; kk: string };

export type Region = {
  /** ISO 3166-2:KZ code, e.g. "KZ-75"; equals "KZ-" plus the first two KATO digits. */
  code: string;
  katoPrefix: string;
  name: LocalisedName;
  adminCentre: string;
  kind: "region" | "city";
  population: number;
  /** Share of the population living in towns, where a source gave it. */
  urbanShare: number | null;
};

export type District = {
  /** 9-digit KATO code. */
  kato: string;
  regionCode: string;
  name: LocalisedName;
  kind: "district" | "city" | "city_district";
  population: number | null;
};
