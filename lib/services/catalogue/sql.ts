import type { LocalisedName } from "../../geo/types";

/** The snapshot date as the rules compare it with the sources' dates. */
export const SNAP = "toDate32({snapshot_date:Date})";

/** Days from a date to the snapshot date. */
export const daysSince = (date: string) => `dateDiff('day', ${date}, ${SNAP})`;

export const label = (en: string, ru: string, kk: string): LocalisedName => ({ en, ru, kk });

/** A state benefit or insurance payment of `code` running for any member of the family. */
export const familyReceives = (code: string) => `has(f.benefits, '${code}')`;
