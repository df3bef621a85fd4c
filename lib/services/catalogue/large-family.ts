import type { Service } from "../types";
import { familyReceives, label } from "./sql";

const N = "a.children";

/**
 * The large-family allowance: four or more children under 18 (or students under 23) in the
 * family, regardless of income.
 */
export const largeFamily: Service = {
  id: "large-family",
  subject: "family",
  name: label(
    "Large-family allowance",
    "Пособие многодетной семье",
    "Көпбалалы отбасыға жәрдемақы",
  ),
  legalBasis:
    "Social Code of the Republic of Kazakhstan (2023): state allowance to large families, " +
    "with four or more children living together, regardless of income.",
  params: {
    min_children: { type: "UInt32", value: 4, description: "Children at least" },
    amount_mrp: {
      type: "Array(Float64)",
      value: [16.03, 20.04, 24.05, 28.06],
      description: "Allowance in MRP for 4, 5, 6 and 7 children",
    },
    extra_mrp: { type: "Float64", value: 4, description: "MRP for each child from the 8th" },
  },
  aggregates: { children: "countIf(relation = 'child')" },
  evidence: [
    {
      id: "children",
      label: label(
        "Children under 18 and students under 23",
        "Детей до 18 лет и студентов до 23 лет",
        "18 жасқа дейінгі балалар мен 23 жасқа дейінгі студенттер",
      ),
      value: N,
      holds: `${N} >= {min_children:UInt32}`,
      test: "at least {min_children}",
      sources: ["civil-status-acts", "civil-registry", "higher-education"],
    },
  ],
  amount: {
    kind: "monthly",
    sql: `if(${N} <= 7, arrayElement({amount_mrp:Array(Float64)}, toInt64(${N}) - 3),
      arrayElement({amount_mrp:Array(Float64)}, 4) + {extra_mrp:Float64} * (${N} - 7))
      * {mrp:Float64}`,
    words:
      "16.03 / 20.04 / 24.05 / 28.06 MRP for 4 / 5 / 6 / 7 children, plus 4 MRP for each " +
      "child from the 8th, monthly.",
  },
  receives: {
    sql: familyReceives("LARGE_FAMILY"),
    sources: ["benefits-paid"],
    words: "The large-family allowance running for a member of the family.",
  },
  recipient: "f.head_id",
  dataNotes: [
    "Children are those the lake links to a parent at the same dwelling; a child living " +
      "with a guardian or relatives is not counted.",
    "The amount table has four entries (4-7 children): lowering the minimum below 4 gives " +
      "those families no amount.",
  ],
  messages: {
    kk: {
      title: "Көпбалалы отбасыға жәрдемақы",
      sms:
        "Көпбалалы отбасыға жәрдемақы сізге өтінішсіз тағайындалуы мүмкін. " +
        "Жауап беріңіз: {link}",
      explanation:
        "Азаматтық хал актілері бойынша отбасыңызда төрт немесе одан көп бала тәрбиеленуде. " +
        "Мұндай отбасыға мемлекет табысына қарамастан ай сайын жәрдемақы төлейді.",
    },
    ru: {
      title: "Пособие многодетной семье",
      sms:
        "Вашей семье может быть назначено пособие многодетной семье без заявления. Ответьте: " +
        "{link}",
      explanation:
        "По актам гражданского состояния в вашей семье воспитываются четверо или больше " +
        "детей. Такой семье государство платит ежемесячное пособие независимо от дохода.",
    },
    en: {
      title: "Large-family allowance",
      sms: "Your family may receive the large-family allowance without applying. Answer: {link}",
      explanation:
        "The civil registry shows four or more children are raised in your family. The state " +
        "pays such a family a monthly allowance, whatever its income.",
    },
  },
  reviewDays: 10,
};
