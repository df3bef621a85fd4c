import type { Service } from "../types";
import { daysSince, label, SNAP } from "./sql";

/**
 * Income lost during pregnancy and childbirth, paid by the State Social Insurance Fund to an
 * insured woman for 126 days of leave, from 70 days before the delivery.
 */
export const maternity: Service = {
  id: "maternity",
  subject: "person",
  name: label(
    "Maternity benefit (income lost due to pregnancy and childbirth)",
    "Выплата в связи с потерей дохода по беременности и родам",
    "Жүктілікке және босануға байланысты табысынан айырылған жағдайдағы төлем",
  ),
  legalBasis:
    "Social Code of the Republic of Kazakhstan (2023), social payments from the State Social " +
    "Insurance Fund: loss of income due to pregnancy and childbirth.",
  params: {
    lead_days: { type: "UInt32", value: 70, description: "Leave starts this many days before" },
    after_days: { type: "UInt32", value: 56, description: "Leave ends this many days after" },
    min_insured_months: {
      type: "UInt32",
      value: 6,
      description: "Months with social contributions in the last 24, at least",
    },
    leave_days: { type: "UInt32", value: 126, description: "Days of leave paid" },
  },
  evidence: [
    {
      id: "delivery_on",
      label: label(
        "Expected or actual delivery",
        "Дата родов (ожидаемая или фактическая)",
        "Босану күні (күтілетін немесе нақты)",
      ),
      value: "p.delivery_on",
      holds: `p.delivery_on <= ${SNAP} + {lead_days:UInt32}
        AND ${daysSince("p.delivery_on")} <= {after_days:UInt32}`,
      test:
        "from {after_days} days before to {lead_days} days after {snapshot_date}, " +
        "both days included",
      sources: ["pregnancy"],
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
    kind: "lump_sum",
    sql: "p.insured_income * {leave_days:UInt32} / 30",
    words: "Average monthly insured income × days of leave (126) / 30, paid once.",
  },
  receives: {
    sql: "has(p.insurance_running, 'MATERNITY')",
    sources: ["social-insurance"],
    words: "A maternity payment of the social insurance fund running or due.",
  },
  dataNotes: [
    "The fund averages income over the last 12 months; the lake holds the average income " +
      "contributions were paid on over the last 24 months, used instead.",
    "Complicated or multiple births (140 days) and the former Semipalatinsk test-site zone " +
      "(170 days) are not in the lake: every leave counts 126 days, and the worker corrects it.",
  ],
  messages: {
    kk: {
      title: "Жүктілік және босану бойынша төлем",
      sms:
        "Сізге жүктілік және босану бойынша төлем өтінішсіз тағайындалуы мүмкін. Тексеріп, " +
        "жауап беріңіз: {link}",
      explanation:
        "Жүкті әйелдер тізілімі бойынша сіз бала күтудесіз, ал әлеуметтік сақтандыру қорына " +
        "сіз үшін аударымдар қажетті айлар бойы төленген. Сондықтан босану демалысы кезіндегі " +
        "табысыңыздың орнын толтыратын төлем сізге тиесілі.",
    },
    ru: {
      title: "Выплата по беременности и родам",
      sms:
        "Вам может быть назначена выплата по беременности и родам без заявления. Проверьте и " +
        "ответьте: {link}",
      explanation:
        "По регистру беременных вы ожидаете ребёнка, а в фонд социального страхования за вас " +
        "платились отчисления нужное число месяцев. Поэтому вам положена выплата, которая " +
        "возмещает доход на время декретного отпуска.",
    },
    en: {
      title: "Maternity benefit",
      sms: "You may receive the maternity benefit without applying. Check and answer: {link}",
      explanation:
        "The pregnancy register shows you are expecting a child, and social insurance " +
        "contributions were paid for you for the months required. So you are entitled to a " +
        "payment that replaces your income during maternity leave.",
    },
  },
  reviewDays: 5,
};
