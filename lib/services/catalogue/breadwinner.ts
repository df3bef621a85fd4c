import type { Service } from "../types";
import { familyReceives, label } from "./sql";

/**
 * Loss of breadwinner: a state benefit to the family of children (under 18, or students under
 * 23) whose parent died, by the number of dependants. Paid to the family's head.
 */
export const breadwinner: Service = {
  id: "breadwinner",
  subject: "family",
  name: label(
    "Loss-of-breadwinner benefit",
    "Пособие по случаю потери кормильца",
    "Асыраушысынан айырылу жағдайы бойынша жәрдемақы",
  ),
  legalBasis:
    "Social Code of the Republic of Kazakhstan (2023): state social benefit in case of loss " +
    "of breadwinner, paid from the state budget to dependants of the deceased.",
  params: {
    amount_pm: {
      type: "Array(Float64)",
      value: [0.92, 1.7, 2.25, 2.6, 2.75, 3.0],
      description: "Benefit in PM for 1, 2, 3, 4, 5, 6 and more dependants",
    },
  },
  aggregates: {
    dependants: "countIf(relation = 'child' AND parents_died > 0)",
    last_death: "maxIf(parent_died_on, relation = 'child' AND parents_died > 0)",
  },
  evidence: [
    {
      id: "dependants",
      label: label(
        "Children whose parent died",
        "Детей, потерявших родителя",
        "Ата-анасынан айырылған балалар",
      ),
      value: "a.dependants",
      holds: "a.dependants >= 1",
      test: "at least one",
      sources: ["civil-registry", "civil-status-acts"],
    },
    {
      id: "parent_died_on",
      label: label("Parent died on", "Дата смерти родителя", "Ата-анасының қайтыс болған күні"),
      value: "a.last_death",
      sources: ["civil-registry"],
    },
  ],
  amount: {
    kind: "monthly",
    sql: "{amount_pm:Array(Float64)}[least(a.dependants, 6)] * {pm:Float64}",
    words: "0.92 / 1.70 / 2.25 / 2.60 / 2.75 / 3.0 PM for 1 to 6 and more dependants, monthly.",
  },
  receives: {
    sql: familyReceives("BREADWINNER"),
    sources: ["benefits-paid"],
    words: "A loss-of-breadwinner benefit running for a member of the family.",
  },
  recipient: "f.head_id",
  dataNotes: [
    "Dependants are the family's children (minors and students under 23 living with a " +
      "parent) with a parent recorded dead in the civil registry; other dependants (a " +
      "disabled spouse, a carer) are not in the lake.",
    "An orphan's rate (1.54 PM) is not applied: a child who lost both parents lives with a " +
      "guardian, whom the lake does not link to the child.",
  ],
  messages: {
    kk: {
      title: "Асыраушысынан айырылу бойынша жәрдемақы",
      sms:
        "Отбасыңызға асыраушысынан айырылу бойынша жәрдемақы өтінішсіз тағайындалуы мүмкін. " +
        "Жауап беріңіз: {link}",
      explanation:
        "Азаматтық хал актілері бойынша отбасыңыздағы бала ата-анасының бірінен айырылды. " +
        "Көңіл айтамыз. Мемлекет мұндай отбасына бала кәмелетке толғанға дейін ай сайын " +
        "жәрдемақы төлейді.",
    },
    ru: {
      title: "Пособие по потере кормильца",
      sms:
        "Вашей семье может быть назначено пособие по потере кормильца без заявления. Ответьте: " +
        "{link}",
      explanation:
        "По актам гражданского состояния ребёнок в вашей семье потерял одного из родителей. " +
        "Примите наши соболезнования. Государство платит такой семье ежемесячное пособие, " +
        "пока ребёнок не вырастет.",
    },
    en: {
      title: "Loss-of-breadwinner benefit",
      sms:
        "Your family may receive the loss-of-breadwinner benefit without applying. Answer: " +
        "{link}",
      explanation:
        "The civil registry shows a child in your family lost a parent. Please accept our " +
        "condolences. The state pays such a family a monthly benefit while the child grows up.",
    },
  },
  reviewDays: 10,
};
