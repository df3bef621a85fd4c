import { z } from "zod";
import { DIMENSIONS, type Dimension } from "../dimensions";
import { add, divide, fraction, toString, type Fraction } from "../fraction";
import { INDICATORS } from "../indicators";
import { parseFraction } from "../parse-fraction";
import type { ConfigInput } from "./config-input";

const text = z.string().trim().min(1, "is empty").max(40, "is too long");

/** What the simulation form edits: a weight per dimension, k and the bands. */
export const DraftForm = z.object({
  name: z.string().trim().min(1, "give the draft a name").max(120),
  dimensions: z.object(
    Object.fromEntries(DIMENSIONS.map((d) => [d, text])) as Record<Dimension, typeof text>,
  ),
  k: text,
  bands: z.object({ B: text, C: text, D: text, E: text }),
});

export type DraftForm = z.infer<typeof DraftForm>;

/**
 * A configuration from the form: each dimension's weight split equally among its indicators,
 * exactly (1/5 over 20 indicators is 1/100 each).
 */
export function configFromDraft(form: DraftForm): ConfigInput {
  const weights: Record<string, string> = {};
  for (const dimension of DIMENSIONS) {
    const members = INDICATORS.filter((indicator) => indicator.dimension === dimension);
    const weight = parseFraction(form.dimensions[dimension], `weight of ${dimension}`);
    const share = divide(weight, fraction(BigInt(members.length)));
    for (const indicator of members) weights[indicator.id] = toString(share);
  }

  return { name: form.name, model: "alkire-foster", weights, k: form.k, bands: form.bands };
}

/** The form's values for a stored configuration: each dimension's total weight. */
export function draftFromConfig(config: {
  name: string;
  weights: ReadonlyMap<string, Fraction>;
  k: Fraction;
  bands: Record<"B" | "C" | "D" | "E", Fraction>;
}): DraftForm {
  const dimensions = {} as Record<Dimension, string>;
  for (const dimension of DIMENSIONS) {
    const members = INDICATORS.filter((i) => i.dimension === dimension);
    const total = members.reduce(
      (sum, i) => add(sum, config.weights.get(i.id) ?? fraction(0n)),
      fraction(0n),
    );
    dimensions[dimension] = toString(total);
  }
  const { B, C, D, E } = config.bands;
  const bands = { B: toString(B), C: toString(C), D: toString(D), E: toString(E) };

  return { name: config.name, dimensions, k: toString(config.k), bands };
}
