import type { Service } from "../types";
import { label } from "./sql";

const GROUP = "p.disability_group_number";
const AMOUNT_PM = `multiIf(
  p.disabled_child, if(p.age < {child_age_split:UInt32}, {child_young_pm:Float64},
    {child_pm:Float64}),
  p.disabled_since_childhood, {childhood_pm:Array(Float64)}[${GROUP}],
  {adult_pm:Array(Float64)}[${GROUP}])`;

/** The state disability allowance, by group, age and whether the disability dates from
 * childhood. */
export const disability: Service = {
  id: "disability",
  subject: "person",
  name: label("Disability allowance", "Пособие по инвалидности", "Мүгедектігі бойынша жәрдемақы"),
  legalBasis:
    "Social Code of the Republic of Kazakhstan (2023): state social allowance for disability, " +
    "paid from the state budget after the medical and social assessment.",
  params: {
    adult_pm: {
      type: "Array(Float64)",
      value: [2.2, 1.76, 1.2],
      description: "Adults, in PM, for groups I, II, III",
    },
    childhood_pm: {
      type: "Array(Float64)",
      value: [2.2, 1.83, 1.61],
      description: "Adults disabled since childhood, in PM, for groups I, II, III",
    },
    child_pm: { type: "Float64", value: 2.2, description: "Children aged 7-18, in PM" },
    child_young_pm: { type: "Float64", value: 1.61, description: "Children under 7, in PM" },
    child_age_split: { type: "UInt32", value: 7, description: "Age of the higher child rate" },
  },
  evidence: [
    {
      id: "disability_group",
      label: label("Disability group", "Группа инвалидности", "Мүгедектік тобы"),
      value: "p.disability",
      holds: `p.disabled_child OR ${GROUP} BETWEEN 1 AND 3`,
      test: "a child's disability, or group I, II or III",
      sources: ["disability"],
    },
    {
      id: "since_childhood",
      label: label("Disabled since childhood", "Инвалидность с детства", "Бала кезінен мүгедек"),
      value: "p.disabled_since_childhood",
      sources: ["disability"],
    },
    {
      id: "age",
      label: label("Age", "Возраст", "Жасы"),
      value: "p.age",
      sources: ["civil-registry"],
    },
  ],
  amount: {
    kind: "monthly",
    sql: `${AMOUNT_PM} * {pm:Float64}`,
    words:
      "Adults 2.2 / 1.76 / 1.2 PM for groups I / II / III; adults disabled since childhood " +
      "2.2 / 1.83 / 1.61 PM; children 7-18 2.2 PM; children under 7 1.61 PM. Monthly.",
  },
  receives: {
    sql: "has(p.benefits_running, 'DISABILITY')",
    sources: ["benefits-paid"],
    words: "A disability allowance running.",
  },
  dataNotes: [
    "A disability from a work injury is paid like one from a general illness; the " +
      "employer's own payments are not in the lake.",
  ],
  messages: {
    kk: {
      title: "Мүгедектігі бойынша жәрдемақы",
      sms:
        "Сізге мүгедектігі бойынша жәрдемақы өтінішсіз тағайындалуы мүмкін. Жауап беріңіз: " +
        "{link}",
      explanation:
        "Медициналық-әлеуметтік сараптама сізге (немесе балаңызға) мүгедектік тобын белгіледі. " +
        "Осы негізде мемлекет ай сайын жәрдемақы төлейді.",
    },
    ru: {
      title: "Пособие по инвалидности",
      sms: "Вам может быть назначено пособие по инвалидности без заявления. Ответьте: {link}",
      explanation:
        "Медико-социальная экспертиза установила вам (или вашему ребёнку) инвалидность. На " +
        "этом основании государство платит ежемесячное пособие.",
    },
    en: {
      title: "Disability allowance",
      sms: "You may receive the disability allowance without applying. Answer: {link}",
      explanation:
        "The medical and social assessment recognised a disability for you (or your child). " +
        "On this basis the state pays a monthly allowance.",
    },
  },
  reviewDays: 10,
};
