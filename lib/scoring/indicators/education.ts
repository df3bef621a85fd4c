import { share, yesNo } from "./define";
import type { IndicatorInput } from "./types";

const SCHOOL = ["school"] as const;
const PRESCHOOL = ["preschool"] as const;

/** Education: children in kindergarten and school on time, young people in study. */
export const EDUCATION: IndicatorInput[] = [
  yesNo("preschool_attendance", "in_kindergarten", {
    level: "person",
    appliesTo: "age BETWEEN 3 AND 6",
    description: {
      en: "Every child aged 3–6 goes to a kindergarten",
      ru: "Каждый ребёнок 3–6 лет посещает детский сад",
      kk: "3–6 жастағы әр бала балабақшаға барады",
    },
    sources: PRESCHOOL,
  }),
  yesNo("pre_school_year", "in_kindergarten OR in_school", {
    level: "person",
    appliesTo: "age = 6",
    description: {
      en: "Every six-year-old is in a pre-school class or kindergarten",
      ru: "Каждый шестилетний ребёнок в предшкольном классе или детском саду",
      kk: "Әр алты жасар бала мектепалды даярлықта не балабақшада",
    },
    sources: [...PRESCHOOL, ...SCHOOL],
  }),
  yesNo("no_kindergarten_queue", "NOT kindergarten_queue", {
    level: "person",
    appliesTo: "age BETWEEN 1 AND 6",
    description: {
      en: "No child is waiting in the kindergarten queue",
      ru: "Ни один ребёнок не стоит в очереди в детский сад",
      kk: "Бірде-бір бала балабақша кезегінде тұрмайды",
    },
    sources: PRESCHOOL,
  }),
  yesNo("school_attendance", "in_school", {
    level: "person",
    appliesTo: "age BETWEEN 7 AND 17",
    description: {
      en: "Every child aged 7–17 is enrolled in school",
      ru: "Каждый ребёнок 7–17 лет учится в школе",
      kk: "7–17 жастағы әр бала мектепте оқиды",
    },
    sources: SCHOOL,
  }),
  yesNo("primary_school_attendance", "in_school", {
    level: "person",
    appliesTo: "age BETWEEN 7 AND 10",
    description: {
      en: "Every child of primary-school age is enrolled",
      ru: "Каждый ребёнок младшего школьного возраста учится",
      kk: "Бастауыш мектеп жасындағы әр бала оқиды",
    },
    sources: SCHOOL,
  }),
  {
    id: "grade_for_age",
    level: "person",
    appliesTo: "in_school AND age BETWEEN 8 AND 17",
    description: {
      en: "No pupil is more than one grade behind their age",
      ru: "Ни один школьник не отстаёт от своего возраста больше чем на класс",
      kk: "Бірде-бір оқушы өз жасынан бір сыныптан артық қалмаған",
    },
    value: "toFloat64(school_grade) - (age - 7)",
    cutoff: -1,
    unit: "years",
    sources: SCHOOL,
  },
  yesNo("school_meals_when_poor", "pupils_without_meals = 0", {
    level: "family",
    appliesTo: "school_age > 0 AND income_monthly < members * {pm:Float64}",
    description: {
      en: "Pupils of a family below the subsistence minimum get free school meals",
      ru: "Школьники из семьи ниже прожиточного минимума получают бесплатное питание",
      kk: "Күнкөріс деңгейінен төмен отбасының оқушылары тегін тамақ алады",
    },
    sources: [...SCHOOL, "tax-income", "benefits-paid"],
  }),
  yesNo("studies_after_school", "in_higher_education OR employed OR income_12m > 0", {
    level: "person",
    appliesTo: "age BETWEEN 18 AND 22",
    description: {
      en: "Every member aged 18–22 studies at a college or university, or works",
      ru: "Каждый член семьи 18–22 лет учится в колледже или вузе либо работает",
      kk: "18–22 жастағы әр мүше колледжде не ЖОО-да оқиды не жұмыс істейді",
    },
    sources: ["higher-education", "employment", "tax-income"],
  }),
  {
    id: "children_in_education",
    level: "family",
    appliesTo: "school_age > 0",
    description: {
      en: "Every school-age child of the family is enrolled",
      ru: "Все дети школьного возраста в семье учатся",
      kk: "Отбасындағы мектеп жасындағы барлық балалар оқиды",
    },
    value: share("school_age - out_of_school", "school_age"),
    cutoff: 1,
    unit: "share",
    sources: SCHOOL,
  },
  yesNo("skilled_adult", "skilled_employed > 0 OR retired = members OR in_study > 0", {
    level: "family",
    appliesTo: "adults > 0",
    description: {
      en: "Some adult works in a skilled occupation or studies",
      ru: "Кто-то из взрослых занят квалифицированным трудом или учится",
      kk: "Ересектердің біреуі білікті жұмыста не оқуда",
    },
    sources: ["employment", "higher-education"],
  }),
];
