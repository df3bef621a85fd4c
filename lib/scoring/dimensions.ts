import type { LocalisedName } from "../geo/types";

/** The five areas of the official method (Order No. 267), in the order the card shows them. */
export const DIMENSIONS = ["income", "health", "housing", "social", "education"] as const;

export type Dimension = (typeof DIMENSIONS)[number];

export const DIMENSION_NAMES: Record<Dimension, LocalisedName> = {
  income: {
    en: "Income and living conditions",
    ru: "Доходы и условия жизни",
    kk: "Табыс және тұрмыс жағдайы",
  },
  health: { en: "Health", ru: "Здоровье", kk: "Денсаулық" },
  housing: { en: "Housing", ru: "Жильё", kk: "Тұрғын үй" },
  social: { en: "Social situation", ru: "Социальное положение", kk: "Әлеуметтік жағдай" },
  education: { en: "Education", ru: "Образование", kk: "Білім" },
};
