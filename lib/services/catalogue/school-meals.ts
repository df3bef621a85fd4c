import { INCOME_SOURCES } from "../facts/family-facts";
import type { Service } from "../types";
import { label } from "./sql";

const GRADES = "school_grade BETWEEN {from_grade:UInt32} AND {to_grade:UInt32}";

/**
 * Free school meals for pupils of grades 5-11 from low-income families (grades 1-4 eat free
 * anyway, so they are no proactive service). In kind: the amount is an estimate of the cost.
 */
export const schoolMeals: Service = {
  id: "school-meals",
  subject: "family",
  name: label("Free school meals", "Бесплатное школьное питание", "Мектепте тегін тамақтану"),
  legalBasis:
    "Law of the Republic of Kazakhstan on Education: free meals for pupils of low-income " +
    "families, paid from the general education fund.",
  params: {
    from_grade: { type: "UInt32", value: 5, description: "From grade" },
    to_grade: { type: "UInt32", value: 11, description: "To grade" },
    income_ceiling_pm: {
      type: "Float64",
      value: 1,
      description: "Income per member below this many PM",
    },
    meal_mrp: {
      type: "Float64",
      value: 0.25,
      description: "Cost of a meal in MRP (estimate, not public)",
    },
    school_days: { type: "UInt32", value: 20, description: "School days a month" },
  },
  aggregates: {
    pupils: `countIf(${GRADES})`,
    pupils_without_meals: `countIf(${GRADES} AND NOT has_free_meals)`,
  },
  evidence: [
    {
      id: "pupils",
      label: label("Pupils in grades 5-11", "Учеников 5-11 классов", "5-11 сынып оқушылары"),
      value: "a.pupils",
      holds: "a.pupils >= 1",
      test: "at least one in grades {from_grade} to {to_grade}, both included",
      sources: ["school"],
    },
    {
      id: "pupils_without_meals",
      label: label(
        "Of them without free meals",
        "Из них без бесплатного питания",
        "Олардың ішінде тегін тамақтанбайтындар",
      ),
      value: "a.pupils_without_meals",
      sources: ["school"],
    },
    {
      id: "income_per_member",
      label: label(
        "Monthly income per member",
        "Среднемесячный доход на члена семьи",
        "Отбасы мүшесіне шаққандағы орташа айлық табыс",
      ),
      value: "round(f.income_per_member, 2)",
      holds: "f.income_per_member < {income_ceiling_pm:Float64} * {pm:Float64}",
      test: "below {income_ceiling_pm} × the subsistence minimum of {pm}",
      sources: INCOME_SOURCES,
    },
  ],
  amount: {
    kind: "in_kind",
    sql: "a.pupils * {meal_mrp:Float64} * {mrp:Float64} * {school_days:UInt32}",
    words: "Meals: pupils × 0.25 MRP × 20 school days, an estimate of the monthly cost.",
  },
  receives: {
    sql: "a.pupils_without_meals = 0",
    sources: ["school"],
    words: "Every pupil of grades 5-11 in the family already has free meals.",
  },
  recipient: "f.head_id",
  dataNotes: [
    "Low income is income per member below the subsistence minimum; each school's board " +
      "may set its own list, which the worker checks.",
    "The cost of a meal is not public: a configurable estimate.",
  ],
  messages: {
    kk: {
      title: "Мектепте тегін тамақтану",
      sms: "Балаларыңызға мектепте тегін тамақтану өтінішсіз берілуі мүмкін. Жауап беріңіз: {link}",
      explanation:
        "Мемлекеттік дерекқорлар бойынша отбасыңыздың табысы аз, ал балаларыңыз 5-11 " +
        "сыныптарда оқиды. Мұндай отбасылардың балалары мектепте тегін тамақтанады.",
    },
    ru: {
      title: "Бесплатное школьное питание",
      sms:
        "Вашим детям может быть предоставлено бесплатное питание в школе без заявления. " +
        "Ответьте: {link}",
      explanation:
        "По данным государственных баз доход вашей семьи невысокий, а дети учатся в 5-11 " +
        "классах. Дети из таких семей питаются в школе бесплатно.",
    },
    en: {
      title: "Free school meals",
      sms: "Your children may get free school meals without applying. Answer: {link}",
      explanation:
        "State records show your family's income is low and your children are in grades " +
        "5 to 11. Children of such families eat at school for free.",
    },
  },
  reviewDays: 10,
};
