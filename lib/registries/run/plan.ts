import { IIN_BLOCK_FAMILIES } from "../iin-allocator";
import type { DefectConfig } from "../defects/rates";

/** Everything a part needs to be generated, in a form that can cross a worker boundary. */
export type RunConfig = {
  seed: number;
  families: number;
  day: number;
  date: string;
  defects: DefectConfig;
  partFamilies: number;
  stagingDir: string;
};

export const DEFAULT_PART_FAMILIES = 500_000;

export type Part = { index: number; first: number; end: number };

export function partsOf(config: RunConfig): Part[] {
  const parts: Part[] = [];
  for (let first = 0, index = 0; first < config.families; first += config.partFamilies, index++) {
    parts.push({ index, first, end: Math.min(config.families, first + config.partFamilies) });
  }

  return parts;
}

/**
 * Families per IIN block: 50,000, or the part size when parts are smaller, so a block never
 * spans two parts (parts may run in different workers).
 */
export function blockFamilies(config: RunConfig): number {
  return Math.min(IIN_BLOCK_FAMILIES, config.partFamilies);
}

export function partName(index: number): string {
  return `part-${String(index + 1).padStart(4, "0")}`;
}
