import { INCOME_SOURCES } from "../facts/family-facts";
import type { Service } from "../types";
import { familyReceives, label } from "./sql";

const SHARE = "{cost_share:Float64} * f.income_monthly";

/**
 * Housing assistance: a low-income family whose housing and utility costs exceed a share of
 * its income gets the excess.
 */
export const housing: Service = {
  id: "housing",
  subject: "family",
  name: label("Housing assistance", "Жилищная помощь", "Тұрғын үй көмегі"),
  legalBasis:
    "Law of the Republic of Kazakhstan on Housing Relations: housing assistance to low-income " +
    "families whose housing and utility costs exceed the share of income set by the local " +
    "representative body (maslikhat).",
  params: {
    income_ceiling_pm: {
      type: "Float64",
      value: 1,
      description: "Income per member below this many PM",
    },
    cost_share: {
      type: "Float64",
      value: 0.1,
      description: "Share of income above which costs are paid (set locally, 5-10 %)",
    },
  },
  evidence: [
    {
      id: "adults",
      label: label("Adults in the family", "Взрослых в семье", "Отбасындағы ересектер"),
      value: "f.adults",
      // A child alone on the lake (no parent linked at the dwelling) is a gap in the data to
      // look into, not a family to pay: the assistance goes to an adult.
      holds: "f.adults >= 1",
      test: "at least one",
      sources: ["civil-registry"],
    },
    {
      id: "housing_cost",
      label: label(
        "Monthly housing and utility bill",
        "Ежемесячные расходы на жильё и коммунальные услуги",
        "Тұрғын үй мен коммуналдық қызметтерге айлық шығыстар",
      ),
      value: "round(f.housing_cost, 2)",
      holds: `f.housing_cost > ${SHARE}`,
      test: "more than {cost_share} × the family's monthly income",
      sources: ["utilities"],
    },
    {
      id: "income_monthly",
      label: label("Family's monthly income", "Ежемесячный доход семьи", "Отбасының айлық табысы"),
      value: "round(f.income_monthly, 2)",
      sources: INCOME_SOURCES,
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
    kind: "monthly",
    sql: `f.housing_cost - ${SHARE}`,
    words: "The bill minus 10 % of the family's income, monthly.",
  },
  receives: {
    sql: familyReceives("HOUSING"),
    sources: ["benefits-paid"],
    words: "Housing assistance running for a member of the family.",
  },
  recipient: "f.head_id",
  dataNotes: [
    "Costs are the dwelling's utilities bill; rent and maintenance fees are not in the lake.",
    "The share and the low-income ceiling are set by each maslikhat; one national default " +
      "is used.",
    "Income is tested per lake family, not per dwelling, so an adult child without " +
      "registered income at the parents' address can qualify on its own; the demo flags " +
      "about 13% of families, more than the programme reaches.",
  ],
  messages: {
    kk: {
      title: "Тұрғын үй көмегі",
      sms: "Отбасыңызға тұрғын үй көмегі өтінішсіз тағайындалуы мүмкін. Жауап беріңіз: {link}",
      explanation:
        "Мемлекеттік дерекқорлар бойынша тұрғын үй мен коммуналдық қызметтерге шығыстарыңыз " +
        "отбасы табысының белгіленген үлесінен асады. Мемлекет бұл айырманы өтейді.",
    },
    ru: {
      title: "Жилищная помощь",
      sms: "Вашей семье может быть назначена жилищная помощь без заявления. Ответьте: {link}",
      explanation:
        "По данным государственных баз расходы на жильё и коммунальные услуги превышают " +
        "установленную долю дохода вашей семьи. Государство возмещает это превышение.",
    },
    en: {
      title: "Housing assistance",
      sms: "Your family may receive housing assistance without applying. Answer: {link}",
      explanation:
        "State records show your housing and utility costs exceed the set share of your " +
        "family's income. The state pays the excess.",
    },
  },
  reviewDays: 10,
};
