import type { Service } from "../types";
import { label } from "./sql";

/**
 * Sanatorium and resort treatment for a child with a disability, once a year, as a voucher
 * (in kind). The family's head is told.
 */
export const sanatorium: Service = {
  id: "sanatorium",
  subject: "person",
  name: label(
    "Sanatorium treatment for a child with a disability",
    "Санаторно-курортное лечение ребёнка с инвалидностью",
    "Мүгедектігі бар балаға санаторлық-курорттық емдеу",
  ),
  legalBasis:
    "Social Code of the Republic of Kazakhstan (2023): sanatorium and resort treatment of " +
    "children with disabilities under their individual rehabilitation programme.",
  params: {
    min_age: { type: "UInt32", value: 4, description: "Child at least this old, years" },
    max_age: { type: "UInt32", value: 17, description: "Child at most this old, years" },
    stay_days: { type: "UInt32", value: 14, description: "Days of one stay (estimate)" },
    day_cost_mrp: {
      type: "Float64",
      value: 2.5,
      description: "Cost of a day in MRP (estimate, not public)",
    },
  },
  evidence: [
    {
      id: "disability_group",
      label: label("Disability group", "Группа инвалидности", "Мүгедектік тобы"),
      value: "p.disability",
      holds: "p.disabled_child",
      test: "a child's disability",
      sources: ["disability"],
    },
    {
      id: "age",
      label: label("Age", "Возраст", "Жасы"),
      value: "p.age",
      holds: "p.age BETWEEN {min_age:UInt32} AND {max_age:UInt32}",
      test: "{min_age} to {max_age} years old, both ages included",
      sources: ["civil-registry"],
    },
  ],
  amount: {
    kind: "in_kind",
    sql: "{stay_days:UInt32} * {day_cost_mrp:Float64} * {mrp:Float64}",
    words: "A voucher: 14 days × 2.5 MRP a day, an estimate of its cost, once a year.",
  },
  receives: {
    sql: "false",
    sources: [],
    words: "Never known: the lake has no register of vouchers.",
  },
  recipient: "f.head_id",
  dataNotes: [
    "The lake has no register of sanatorium vouchers, so no child shows as already " +
      "receiving one; the cases stage's open-case and cool-off filters keep a child from " +
      "being proposed twice.",
    "The individual rehabilitation programme (whether treatment is indicated) is not in the " +
      "lake: the worker checks it. The age range and the cost are configurable estimates.",
  ],
  messages: {
    kk: {
      title: "Балаға санаторлық-курорттық емдеу",
      sms:
        "Мүгедектігі бар балаңызға санаторийге жолдама өтінішсіз берілуі мүмкін. Жауап беріңіз: " +
        "{link}",
      explanation:
        "Медициналық-әлеуметтік сараптама деректері бойынша балаңыздың мүгедектігі бар. " +
        "Мұндай балаларға жылына бір рет санаторийде емделуге тегін жолдама беріледі.",
    },
    ru: {
      title: "Санаторное лечение ребёнка",
      sms:
        "Вашему ребёнку с инвалидностью может быть выдана путёвка в санаторий без заявления. " +
        "Ответьте: {link}",
      explanation:
        "По данным медико-социальной экспертизы у вашего ребёнка инвалидность. Таким детям раз " +
        "в год выдаётся бесплатная путёвка на санаторное лечение.",
    },
    en: {
      title: "Sanatorium treatment for your child",
      sms:
        "Your child with a disability may get a sanatorium voucher without applying. Answer: " +
        "{link}",
      explanation:
        "The disability assessment records show your child has a disability. Such children " +
        "get a free voucher for sanatorium treatment once a year.",
    },
  },
  reviewDays: 15,
};
