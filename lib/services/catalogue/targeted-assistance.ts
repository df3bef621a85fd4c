import { INCOME_SOURCES } from "../facts/family-facts";
import type { Service } from "../types";
import { familyReceives, label } from "./sql";

const LINE = `greatest({median_share:Float64} * f.region_median_income,
  {pm_floor_share:Float64} * {pm:Float64})`;

/**
 * Targeted social assistance (ASP): a family whose income per member is below the poverty
 * line gets the gap, plus an addition for each child aged 1 to 6.
 */
export const targetedAssistance: Service = {
  id: "targeted-assistance",
  subject: "family",
  name: label(
    "Targeted social assistance (ASP)",
    "Адресная социальная помощь (АСП)",
    "Атаулы әлеуметтік көмек (АӘК)",
  ),
  legalBasis:
    "Social Code of the Republic of Kazakhstan (2023): targeted social assistance to persons " +
    "and families whose average monthly income per person is below the poverty line.",
  params: {
    median_share: {
      type: "Float64",
      value: 0.35,
      description: "Poverty line as a share of the regional median income per member",
    },
    pm_floor_share: {
      type: "Float64",
      value: 0.7,
      description: "Poverty line never below this share of PM",
    },
    child_mrp: { type: "Float64", value: 1.5, description: "Addition per young child, MRP" },
    child_min_age: { type: "UInt32", value: 1, description: "Young child at least, years" },
    child_max_age: { type: "UInt32", value: 6, description: "Young child at most, years" },
  },
  aggregates: {
    young_children: "countIf(age BETWEEN {child_min_age:UInt32} AND {child_max_age:UInt32})",
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
      id: "income_per_member",
      label: label(
        "Monthly income per member",
        "Среднемесячный доход на члена семьи",
        "Отбасы мүшесіне шаққандағы орташа айлық табыс",
      ),
      value: "round(f.income_per_member, 2)",
      holds: `f.income_per_member < ${LINE}`,
      test:
        "below the poverty line: the larger of {median_share} × the region's median income per " +
        "member and {pm_floor_share} × the subsistence minimum of {pm}",
      sources: INCOME_SOURCES,
    },
    {
      id: "poverty_line",
      label: label("Poverty line", "Черта бедности", "Кедейлік шегі"),
      value: `round(${LINE}, 2)`,
      sources: INCOME_SOURCES,
    },
    {
      id: "members",
      label: label("Family members", "Членов семьи", "Отбасы мүшелері"),
      value: "f.members",
      sources: ["civil-registry", "addresses"],
    },
    {
      id: "able_adults",
      label: label(
        "Adults able to work (social contract)",
        "Трудоспособных взрослых (социальный контракт)",
        "Еңбекке қабілетті ересектер (әлеуметтік келісімшарт)",
      ),
      value: "f.able_adults",
      sources: ["civil-registry", "disability"],
    },
  ],
  amount: {
    kind: "monthly",
    sql: `(${LINE} - f.income_per_member) * f.members
      + {child_mrp:Float64} * {mrp:Float64} * a.young_children`,
    words:
      "(poverty line − income per member) × members, plus 1.5 MRP for each child aged 1-6, " +
      "monthly. The line is 35 % of the region's median income per member, never below 70 % " +
      "of PM.",
  },
  receives: {
    sql: familyReceives("ASP"),
    sources: ["benefits-paid"],
    words: "Targeted social assistance running for a member of the family.",
  },
  recipient: "f.head_id",
  dataNotes: [
    "The regional median income is the lake's own: the median income per member of the " +
      "region's families in the snapshot, not the statistics office's survey figure.",
    "Income is taxed income of the last 12 months over 12, plus benefits and insurance " +
      "payments running; assistance paid for being poor is left out. Informal income and " +
      "assets are not tested: the worker checks them.",
    "When an adult can work, the assistance is tied to a social contract (job search); " +
      "the evidence shows how many adults can work, and the worker concludes the contract.",
    "The test is per lake family, not per dwelling: an adult child at the parents' address is " +
      "a family of one and, without registered income, qualifies on its own. The demo flags " +
      "about 13% of families against about 2% receiving it in reality; testing the dwelling's " +
      "income would bring it to about 8%. The worker sees the household on the family card.",
  ],
  messages: {
    kk: {
      title: "Атаулы әлеуметтік көмек",
      sms:
        "Отбасыңызға атаулы әлеуметтік көмек өтінішсіз тағайындалуы мүмкін. Жауап беріңіз: " +
        "{link}",
      explanation:
        "Мемлекеттік дерекқорлар бойынша отбасыңыздың әр мүшесіне шаққандағы табысы кедейлік " +
        "шегінен төмен. Мұндай отбасыға мемлекет айырманы толтыратын көмек төлейді; " +
        "жұмысқа қабілетті ересектер әлеуметтік келісімшарт жасайды.",
    },
    ru: {
      title: "Адресная социальная помощь",
      sms:
        "Вашей семье может быть назначена адресная социальная помощь без заявления. Ответьте: " +
        "{link}",
      explanation:
        "По данным государственных баз доход вашей семьи на человека ниже черты бедности. " +
        "Такой семье государство доплачивает разницу; трудоспособные взрослые заключают " +
        "социальный контракт.",
    },
    en: {
      title: "Targeted social assistance",
      sms: "Your family may receive targeted social assistance without applying. Answer: {link}",
      explanation:
        "State records show your family's income per person is below the poverty line. The " +
        "state pays such a family the difference; adults who can work sign a social contract.",
    },
  },
  reviewDays: 7,
};
