import { z } from "zod";

/** Defects injected into single rows. */
export const ROW_DEFECTS = [
  "invalid_iin",
  "duplicate_row",
  "contradiction",
  "missing_field",
  "impossible_date",
  "unknown_code",
] as const;
export type RowDefect = (typeof ROW_DEFECTS)[number];

/** Defects of a whole delivery of one source. */
export const DELIVERY_DEFECTS = ["duplicate_delivery", "truncated_file"] as const;
export type DeliveryDefect = (typeof DELIVERY_DEFECTS)[number];

export type DefectConfig = {
  /** Share of written rows with each defect. */
  rows: Record<RowDefect, number>;
  /** Chance that one source's delivery on one date has each defect. */
  deliveries: Record<DeliveryDefect, number>;
  /** Sources whose delivery has the defect whatever the chance (for tests and drills). */
  force: Record<DeliveryDefect, string[]>;
};

export const DEFAULT_DEFECTS: DefectConfig = {
  rows: {
    invalid_iin: 0.002,
    duplicate_row: 0.003,
    contradiction: 0.002,
    missing_field: 0.003,
    impossible_date: 0.001,
    unknown_code: 0.002,
  },
  deliveries: { duplicate_delivery: 0.04, truncated_file: 0.03 },
  force: { duplicate_delivery: [], truncated_file: [] },
};

export const NO_DEFECTS: DefectConfig = {
  rows: {
    invalid_iin: 0,
    duplicate_row: 0,
    contradiction: 0,
    missing_field: 0,
    impossible_date: 0,
    unknown_code: 0,
  },
  deliveries: { duplicate_delivery: 0, truncated_file: 0 },
  force: { duplicate_delivery: [], truncated_file: [] },
};

const rate = z.number().min(0, "a rate is at least 0").max(0.2, "a rate is at most 0.2");

/** A defects file overrides any part of the defaults. */
export const DefectOverridesSchema = z
  .object({
    rows: z.partialRecord(z.enum(ROW_DEFECTS), rate),
    deliveries: z.partialRecord(z.enum(DELIVERY_DEFECTS), z.number().min(0).max(1)),
    force: z.partialRecord(z.enum(DELIVERY_DEFECTS), z.array(z.string())),
  })
  .partial()
  .strict();
export type DefectOverrides = z.infer<typeof DefectOverridesSchema>;

export function withOverrides(base: DefectConfig, overrides: DefectOverrides): DefectConfig {
  return {
    rows: { ...base.rows, ...overrides.rows },
    deliveries: { ...base.deliveries, ...overrides.deliveries },
    force: { ...base.force, ...overrides.force },
  };
}
