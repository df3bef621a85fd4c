import { z } from "zod";
import { BANDED_CLASSES } from "./classes";

const fractionText = z
  .union([z.string().trim().min(1), z.number()])
  .transform((value) => String(value));

/** A scoring configuration as an analyst writes it: exact fractions as text ("1/18", "0.25"). */
export const ConfigInput = z.object({
  name: z.string().trim().min(1, "give the configuration a name").max(120),
  model: z.literal("alkire-foster"),
  weights: z.record(z.string(), fractionText),
  k: fractionText,
  bands: z.object(
    Object.fromEntries(BANDED_CLASSES.map((c) => [c, fractionText])) as Record<
      (typeof BANDED_CLASSES)[number],
      typeof fractionText
    >,
  ),
  note: z.string().max(2000).default(""),
});

export type ConfigInput = z.input<typeof ConfigInput>;
