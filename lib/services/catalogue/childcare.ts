import type { Service } from "../types";
import { daysSince, label } from "./sql";

const INSURED = "p.insured_months >= {min_insured_months:UInt32}";
const STATE = "{state_mrp:Array(Float64)}[least(p.children_born, 4)] * {mrp:Float64}";

/**
 * Income lost while caring for a child up to one and a half years: 40 % of the insured
 * income from the social insurance fund, never below the state allowance by birth order, which
 * a mother without insurance gets alone.
 */
export const childcare: Service = {
  id: "childcare",
  subject: "person",
  name: label(
    "Childcare benefit until the child is one and a half",
    "Выплата по уходу за ребёнком до полутора лет",
    "Бала бір жарым жасқа толғанға дейін күтім жасау бойынша төлем",
  ),
  legalBasis:
    "Social Code of the Republic of Kazakhstan (2023): social payment from the State Social " +
    "Insurance Fund for loss of income due to caring for a child up to 1.5 years, and the " +
    "state allowance for childcare up to 1.5 years for parents without insurance.",
  params: {
    max_age_days: { type: "UInt32", value: 548, description: "Child younger than, in days" },
    min_insured_months: {
      type: "UInt32",
      value: 6,
      description: "Months with social contributions in the last 24 for the insured payment",
    },
    insured_share: { type: "Float64", value: 0.4, description: "Share of the insured income" },
    insured_cap: { type: "Float64", value: 238000, description: "Insured payment at most, tenge" },
    state_mrp: {
      type: "Array(Float64)",
      value: [5.76, 6.81, 7.85, 8.9],
      description: "State allowance in MRP for the 1st, 2nd, 3rd, 4th and later child",
    },
  },
  evidence: [
    {
      id: "youngest_birth",
      label: label(
        "Youngest child born",
        "Дата рождения младшего ребёнка",
        "Кенже баланың туған күні",
      ),
      value: "p.youngest_birth",
      holds: `${daysSince("p.youngest_birth")} BETWEEN 0 AND {max_age_days:UInt32} - 1`,
      test: "not after {snapshot_date} and fewer than {max_age_days} days before it",
      sources: ["civil-status-acts", "civil-registry"],
    },
    {
      id: "children_born",
      label: label(
        "Children born (birth order)",
        "Рождено детей (очерёдность)",
        "Туған балалар саны (кезектілігі)",
      ),
      value: "p.children_born",
      sources: ["civil-status-acts", "civil-registry"],
    },
    {
      id: "insured_months",
      label: label(
        "Months insured of the last 24",
        "Месяцев с отчислениями из последних 24",
        "Соңғы 24 айдағы аударым жасалған айлар",
      ),
      value: "p.insured_months",
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
      sources: ["social-insurance"],
    },
  ],
  amount: {
    kind: "monthly",
    sql: `greatest(if(${INSURED},
      least({insured_share:Float64} * p.insured_income, {insured_cap:Float64}), 0), ${STATE})`,
    words:
      "Insured: 40 % of the average insured income, at most 238,000 tenge, never below the " +
      "state allowance. Otherwise the state allowance: 5.76 / 6.81 / 7.85 / 8.90 MRP for the " +
      "1st / 2nd / 3rd / 4th and later child. Monthly, until the child is 1.5.",
  },
  receives: {
    sql: "has(p.insurance_running, 'CHILDCARE') OR has(p.benefits_running, 'CHILDCARE_STATE')",
    sources: ["social-insurance", "benefits-paid"],
    words: "A childcare payment of the social insurance fund or the state allowance, running.",
  },
  dataNotes: [
    "The fund averages income over 24 months; the lake's average over the insured months of " +
      "the last 24 is used.",
    "Only mothers are found (the birth act names the mother); a father or guardian caring " +
      "for the child applies himself.",
    "The birth order counts the children born to the mother in the civil registry; twins " +
      "are paid per child, which the worker adds.",
  ],
  messages: {
    kk: {
      title: "Бала күтімі бойынша төлем",
      sms:
        "Бала бір жарым жасқа толғанға дейін күтім жасау бойынша төлем сізге өтінішсіз " +
        "тағайындалуы мүмкін. Жауап беріңіз: {link}",
      explanation:
        "Азаматтық хал актілері бойынша сізде бір жарым жасқа толмаған бала бар. Сондықтан " +
        "бала күтімі кезіндегі төлем сізге тиесілі: сақтандырылған болсаңыз табысыңыздың " +
        "бөлігі, әйтпесе мемлекеттік жәрдемақы.",
    },
    ru: {
      title: "Выплата по уходу за ребёнком",
      sms:
        "Вам может быть назначена выплата по уходу за ребёнком до полутора лет без заявления. " +
        "Ответьте: {link}",
      explanation:
        "По актам гражданского состояния у вас есть ребёнок младше полутора лет. Поэтому вам " +
        "положена выплата на время ухода за ним: часть дохода, если вы застрахованы, или " +
        "государственное пособие.",
    },
    en: {
      title: "Childcare benefit",
      sms:
        "You may receive the childcare benefit until your child is 1.5 without applying. " +
        "Answer: {link}",
      explanation:
        "The civil registry shows you have a child younger than one and a half. So you are " +
        "entitled to a payment while you care for the child: part of your income if you are " +
        "insured, or the state allowance.",
    },
  },
  reviewDays: 10,
};
