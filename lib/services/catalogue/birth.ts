import type { Service } from "../types";
import { daysSince, label } from "./sql";

/** The one-off state allowance for the birth of a child, by birth order. */
export const birth: Service = {
  id: "birth",
  subject: "person",
  name: label("Birth allowance", "Пособие на рождение ребёнка", "Бала тууына байланысты жәрдемақы"),
  legalBasis:
    "Social Code of the Republic of Kazakhstan (2023): one-off state allowance for the birth " +
    "of a child.",
  params: {
    window_days: {
      type: "UInt32",
      value: 365,
      description: "Child born no more than this many days before",
    },
    fourth_from: { type: "UInt32", value: 4, description: "Birth order of the higher rate" },
    first_mrp: { type: "Float64", value: 38, description: "Allowance in MRP, 1st-3rd child" },
    fourth_mrp: { type: "Float64", value: 63, description: "Allowance in MRP, 4th and later" },
  },
  evidence: [
    {
      id: "youngest_birth",
      label: label("Child born", "Дата рождения ребёнка", "Баланың туған күні"),
      value: "p.youngest_birth",
      holds: `${daysSince("p.youngest_birth")} BETWEEN 0 AND {window_days:UInt32}`,
      test: "not after {snapshot_date} and at most {window_days} days before it",
      sources: ["civil-status-acts", "civil-registry"],
    },
    {
      id: "children_born",
      label: label("Birth order", "Очерёдность рождения", "Туу кезектілігі"),
      value: "p.children_born",
      sources: ["civil-status-acts", "civil-registry"],
    },
  ],
  amount: {
    kind: "lump_sum",
    sql: `if(p.children_born >= {fourth_from:UInt32}, {fourth_mrp:Float64},
      {first_mrp:Float64}) * {mrp:Float64}`,
    words: "38 MRP for the 1st-3rd child, 63 MRP from the 4th, paid once.",
  },
  receives: {
    sql: "p.birth_paid_on >= p.youngest_birth",
    sources: ["benefits-paid"],
    words: "A birth allowance assigned on or after the child's birth.",
  },
  dataNotes: [
    "Twins are one birth in the rule: the allowance per child is added by the worker.",
    "The mother is proposed; the father receives it when the mother has died, which the " +
      "lake does not resolve.",
  ],
  messages: {
    kk: {
      title: "Бала тууына байланысты жәрдемақы",
      sms:
        "Бала тууына байланысты біржолғы жәрдемақы сізге өтінішсіз тағайындалуы мүмкін. Жауап " +
        "беріңіз: {link}",
      explanation:
        "Азаматтық хал актілері бойынша сіздің балаңыз дүниеге келді. Құттықтаймыз! Мемлекет " +
        "бала тууына байланысты біржолғы жәрдемақы төлейді.",
    },
    ru: {
      title: "Пособие на рождение ребёнка",
      sms:
        "Вам может быть назначено единовременное пособие на рождение ребёнка без заявления. " +
        "Ответьте: {link}",
      explanation:
        "По актам гражданского состояния у вас родился ребёнок. Поздравляем! Государство " +
        "платит единовременное пособие на рождение ребёнка.",
    },
    en: {
      title: "Birth allowance",
      sms: "You may receive the one-off birth allowance without applying. Answer: {link}",
      explanation:
        "The civil registry shows your child was born. Congratulations! The state pays a " +
        "one-off allowance for the birth of a child.",
    },
  },
  reviewDays: 5,
};
