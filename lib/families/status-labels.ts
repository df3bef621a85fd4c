import { STATUSES } from "../scoring/statuses";

/** The English names of the statuses set in a status mask. */
export function statusLabels(mask: bigint): string[] {
  return STATUSES.filter((_, slot) => (mask >> BigInt(slot)) & 1n).map((s) => s.description.en);
}
