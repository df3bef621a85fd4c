/** The well-being classes, from well-off to emergency (DOMAIN.md). */
export const CLASSES = ["A", "B", "C", "D", "E"] as const;

export type WellBeingClass = (typeof CLASSES)[number];

/** Classes that start at a band: A is every score below band B. */
export const BANDED_CLASSES = ["B", "C", "D", "E"] as const;

export const CLASS_NAMES: Record<WellBeingClass, { en: string; ru: string; kk: string }> = {
  A: { en: "well-off", ru: "благополучная", kk: "әл-ауқатты" },
  B: { en: "satisfactory", ru: "удовлетворительная", kk: "қанағаттанарлық" },
  C: { en: "unsatisfactory", ru: "неудовлетворительная", kk: "қанағаттанарлықсыз" },
  D: { en: "crisis", ru: "кризисная", kk: "дағдарыстық" },
  E: { en: "emergency", ru: "чрезвычайная", kk: "төтенше" },
};
