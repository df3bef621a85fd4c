import type { Service } from "../types";
import { daysSince, label } from "./sql";

const COEFFICIENT = `multiIf(p.insured_months >= 24, {coefficient_24:Float64},
  p.insured_months >= 12, {coefficient_12:Float64}, {coefficient_6:Float64})`;

/**
 * Income lost with a job, paid by the State Social Insurance Fund to a person dismissed (or
 * whose contract ended) who was insured long enough: 45 % of the insured income times a
 * coefficient for the months of contributions.
 */
export const jobLoss: Service = {
  id: "job-loss",
  subject: "person",
  name: label(
    "Job-loss benefit",
    "Выплата в случае потери работы",
    "Жұмысынан айырылған жағдайдағы төлем",
  ),
  legalBasis:
    "Social Code of the Republic of Kazakhstan (2023): social payment from the State Social " +
    "Insurance Fund in case of loss of work.",
  params: {
    window_days: {
      type: "UInt32",
      value: 180,
      description: "Job lost no more than this many days before",
    },
    min_insured_months: {
      type: "UInt32",
      value: 6,
      description: "Months with social contributions in the last 24, at least",
    },
    replacement: { type: "Float64", value: 0.45, description: "Share of the insured income" },
    coefficient_6: { type: "Float64", value: 0.7, description: "Coefficient for 6-11 months" },
    coefficient_12: { type: "Float64", value: 0.75, description: "Coefficient for 12-23 months" },
    coefficient_24: { type: "Float64", value: 0.8, description: "Coefficient for 24 months" },
  },
  evidence: [
    {
      id: "lost_job_on",
      label: label("Job lost on", "Дата потери работы", "Жұмыстан айырылған күні"),
      value: "p.lost_job_on",
      holds: `${daysSince("p.lost_job_on")} BETWEEN 0 AND {window_days:UInt32}`,
      test: "not after {snapshot_date} and at most {window_days} days before it",
      sources: ["employment"],
    },
    {
      id: "employed",
      label: label(
        "Has a running contract",
        "Есть действующий трудовой договор",
        "Қолданыстағы еңбек шарты бар",
      ),
      value: "p.employed",
      holds: "NOT p.employed",
      test: "no: no running employment contract",
      sources: ["employment"],
    },
    {
      id: "insured_months",
      label: label(
        "Months insured of the last 24",
        "Месяцев с отчислениями из последних 24",
        "Соңғы 24 айдағы аударым жасалған айлар",
      ),
      value: "p.insured_months",
      holds: "p.insured_months >= {min_insured_months:UInt32}",
      test: "at least {min_insured_months} months with social contributions",
      sources: ["social-insurance"],
    },
    {
      id: "insured_income",
      label: label(
        "Average monthly insured income",
        "Среднемесячный доход с отчислениями",
        "Аударым жасалған орташа айлық табыс",
      ),
      value: "round(p.insured_income, 2)",
      holds: "p.insured_income > 0",
      test: "more than zero",
      sources: ["social-insurance"],
    },
  ],
  amount: {
    kind: "monthly",
    sql: `p.insured_income * {replacement:Float64} * ${COEFFICIENT}`,
    words:
      "Average insured income × 0.45 × a coefficient for the months of contributions " +
      "(0.70 for 6-11, 0.75 for 12-23, 0.80 for 24), monthly for 1 to 6 months.",
  },
  receives: {
    sql: "has(p.insurance_running, 'JOBLOSS')",
    sources: ["social-insurance"],
    words: "A job-loss payment of the social insurance fund running or due.",
  },
  dataNotes: [
    "The coefficient rises with the whole length of contributions (1.0 at 60 months, up to " +
      "1.3); the lake only knows the last 24 months, so the amount is a lower estimate and the " +
      "fund computes the exact one.",
    "Leaving of one's own will does not count; dismissal and the end of a fixed-term " +
      "contract do.",
    "The months paid (1 to 6) depend on the length of contributions and are not shown.",
  ],
  messages: {
    kk: {
      title: "Жұмыстан айырылу бойынша төлем",
      sms:
        "Жұмыстан айырылуыңызға байланысты сізге төлем өтінішсіз тағайындалуы мүмкін. Жауап " +
        "беріңіз: {link}",
      explanation:
        "Еңбек шарттарының тізілімі бойынша сіздің жұмысыңыз жақында тоқтатылды, ал " +
        "әлеуметтік сақтандыру қорына сіз үшін аударымдар қажетті айлар бойы төленген. " +
        "Сондықтан жаңа жұмыс іздеген кезде табысыңыздың бір бөлігі өтеледі.",
    },
    ru: {
      title: "Выплата при потере работы",
      sms:
        "В связи с потерей работы вам может быть назначена выплата без заявления. Ответьте: " +
        "{link}",
      explanation:
        "По данным о трудовых договорах ваша работа недавно прекратилась, а в фонд " +
        "социального страхования за вас платились отчисления нужное число месяцев. Поэтому " +
        "на время поиска работы вам положено возмещение части дохода.",
    },
    en: {
      title: "Job-loss benefit",
      sms: "You may receive the job-loss benefit without applying. Answer: {link}",
      explanation:
        "Employment records show your job ended recently, and social insurance contributions " +
        "were paid for you for the months required. So part of your income is replaced while " +
        "you look for work.",
    },
  },
  reviewDays: 7,
};
