import { toDay } from "../calendar";

/** The base population describes the country on this day; snapshots start here. */
export const EPOCH = toDay(2026, 1, 1);
export const EPOCH_ISO = "2026-01-01";

export const YEAR = 365.25;

/** Base values of 2026 (DOMAIN.md): monthly calculation index and subsistence minimum. */
export const MRP = 4325;
export const PM = 50851;
export const MINIMUM_WAGE = 85000;
export const MEDIAN_WAGE = 317500;

export const PENSION_AGE = { male: 63, female: 61 } as const;
