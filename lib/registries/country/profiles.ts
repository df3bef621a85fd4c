/**
 * How a region differs from the national average, as multipliers or shares. Rough figures from
 * the statistics bureau's regional tables (fertility, average wage, ethnic mix, gas and water
 * networks), rounded: they shape the synthetic country, they do not describe the real one.
 */
export type RegionProfile = {
  /** Relative fertility: scales family size and the birth rate. */
  fertility: number;
  /** Relative wage level. */
  wage: number;
  /** Share of people with Kazakh names (the rest mostly Russian names). */
  kazakh: number;
  /** Share of dwellings on mains gas. */
  gas: number;
  /** Share of rural dwellings with piped water. */
  ruralWater: number;
  /** Extra chance of an adult working informally (not seen by tax and pension registries). */
  informal: number;
  /** Vehicle registration plate region code. */
  plate: string;
};

const profile = (
  fertility: number,
  wage: number,
  kazakh: number,
  gas: number,
  ruralWater: number,
  informal: number,
  plate: string,
): RegionProfile => ({ fertility, wage, kazakh, gas, ruralWater, informal, plate });

export const REGION_PROFILES: Record<string, RegionProfile> = {
  "KZ-10": profile(0.95, 0.85, 0.72, 0.05, 0.8, 0.1, "18"),
  "KZ-11": profile(0.85, 0.9, 0.55, 0.15, 0.85, 0.08, "03"),
  "KZ-15": profile(1.1, 1.0, 0.85, 0.95, 0.9, 0.08, "04"),
  "KZ-19": profile(1.1, 0.9, 0.75, 0.55, 0.8, 0.14, "05"),
  "KZ-23": profile(1.25, 1.7, 0.93, 0.97, 0.85, 0.07, "06"),
  "KZ-27": profile(1.0, 1.0, 0.8, 0.95, 0.88, 0.08, "07"),
  "KZ-31": profile(1.25, 0.75, 0.8, 0.8, 0.78, 0.16, "08"),
  "KZ-33": profile(1.0, 0.8, 0.72, 0.3, 0.8, 0.13, "19"),
  "KZ-35": profile(0.85, 1.05, 0.55, 0.05, 0.88, 0.06, "09"),
  "KZ-39": profile(0.8, 0.9, 0.45, 0.7, 0.85, 0.08, "10"),
  "KZ-43": profile(1.35, 0.85, 0.96, 0.75, 0.75, 0.15, "11"),
  "KZ-47": profile(1.45, 1.5, 0.92, 0.97, 0.8, 0.1, "12"),
  "KZ-55": profile(0.85, 1.0, 0.55, 0.02, 0.85, 0.06, "14"),
  "KZ-59": profile(0.75, 0.8, 0.4, 0.1, 0.8, 0.08, "15"),
  "KZ-61": profile(1.5, 0.7, 0.82, 0.7, 0.7, 0.2, "13"),
  "KZ-62": profile(1.0, 1.15, 0.85, 0.1, 0.85, 0.07, "20"),
  "KZ-63": profile(0.85, 0.95, 0.6, 0.02, 0.82, 0.08, "16"),
  "KZ-71": profile(1.2, 1.45, 0.8, 0.5, 1, 0.05, "01"),
  "KZ-75": profile(1.0, 1.35, 0.65, 0.95, 1, 0.07, "02"),
  "KZ-79": profile(1.4, 0.8, 0.7, 0.95, 1, 0.15, "17"),
};

export function regionProfile(code: string): RegionProfile {
  const found = REGION_PROFILES[code];
  if (!found) throw new Error(`no profile for region ${code}`);

  return found;
}

/** Mean family size: fertility drives it, villages add members (several generations). */
export function meanFamilySize(profile: RegionProfile, urban: boolean): number {
  return 2.25 + 1.05 * profile.fertility + (urban ? 0 : 0.35);
}
