import type { Service } from "../types";
import { label, SNAP } from "./sql";

const NTH = (n: string) => `arrayElement(p.child_births, {${n}:UInt32})`;
const AWARDED = (n: string) =>
  `(p.children_born >= {${n}:UInt32} AND ${NTH(n)} <= ${SNAP} - {after_days:UInt32})`;
const ALTYN = AWARDED("altyn_children");

/**
 * The allowance to mothers of many children awarded the Altyn Alka (seven or more children)
 * or Kumis Alka (six) pendant, paid once the youngest of them is a year old.
 */
export const motherAward: Service = {
  id: "mother-award",
  subject: "person",
  name: label(
    "Allowance to mothers awarded Altyn Alka or Kumis Alka",
    "Пособие матерям, награждённым подвесками «Алтын алқа» или «Күміс алқа»",
    "«Алтын алқа», «Күміс алқа» алқаларымен марапатталған аналарға жәрдемақы",
  ),
  legalBasis:
    "Social Code of the Republic of Kazakhstan (2023): state allowance to mothers of many " +
    "children awarded the Altyn Alka or Kumis Alka pendants, or formerly the Mother-Heroine " +
    "title or the Maternal Glory orders.",
  params: {
    kumis_children: { type: "UInt32", value: 6, description: "Children for Kumis Alka" },
    altyn_children: { type: "UInt32", value: 7, description: "Children for Altyn Alka" },
    after_days: {
      type: "UInt32",
      value: 365,
      description: "The last of them at least this many days old",
    },
    kumis_mrp: { type: "Float64", value: 6.4, description: "Kumis Alka allowance in MRP" },
    altyn_mrp: { type: "Float64", value: 7.4, description: "Altyn Alka allowance in MRP" },
  },
  evidence: [
    {
      id: "children_born",
      label: label("Children born", "Рождено детей", "Туған балалар"),
      value: "p.children_born",
      holds: "p.children_born >= {kumis_children:UInt32}",
      test: "at least {kumis_children}",
      sources: ["civil-status-acts", "civil-registry"],
    },
    {
      id: "sixth_child_born",
      label: label(
        "Sixth child born",
        "Дата рождения шестого ребёнка",
        "Алтыншы баланың туған күні",
      ),
      value: NTH("kumis_children"),
      holds: `${NTH("kumis_children")} <= ${SNAP} - {after_days:UInt32}`,
      test: "child number {kumis_children} born at least {after_days} days before {snapshot_date}",
      sources: ["civil-registry"],
    },
    {
      id: "altyn_alka",
      label: label("Altyn Alka level", "Уровень «Алтын алқа»", "«Алтын алқа» деңгейі"),
      value: ALTYN,
      sources: ["civil-status-acts", "civil-registry"],
    },
  ],
  amount: {
    kind: "monthly",
    sql: `if(${ALTYN}, {altyn_mrp:Float64}, {kumis_mrp:Float64}) * {mrp:Float64}`,
    words: "Altyn Alka 7.40 MRP, Kumis Alka 6.40 MRP, monthly, for life.",
  },
  receives: {
    sql: `if(${ALTYN}, has(p.benefits_running, 'MOTHER_AWARD_ALTYN'),
      hasAny(p.benefits_running, ['MOTHER_AWARD_ALTYN', 'MOTHER_AWARD_KUMIS']))`,
    sources: ["benefits-paid"],
    words:
      "The allowance of the level she qualifies for running (Kumis Alka only counts for a " +
      "mother of six).",
  },
  dataNotes: [
    "The award itself is conferred by decree and is not in the lake: a mother qualifies " +
      "here by the children born to her in the civil registry, the youngest of the six (or " +
      "seven) a year old. The worker checks the award.",
  ],
  messages: {
    kk: {
      title: "Көпбалалы аналарға жәрдемақы",
      sms:
        "«Алтын алқа» немесе «Күміс алқа» жәрдемақысы сізге өтінішсіз тағайындалуы мүмкін. " +
        "Жауап беріңіз: {link}",
      explanation:
        "Азаматтық хал актілері бойынша сіз алты немесе одан көп бала дүниеге әкеліп, " +
        "тәрбиеледіңіз. «Алтын алқа» немесе «Күміс алқа» иегері аналарға мемлекет ай сайын " +
        "жәрдемақы төлейді.",
    },
    ru: {
      title: "Пособие многодетной матери",
      sms:
        "Вам может быть назначено пособие «Алтын алқа» или «Күміс алқа» без заявления. " +
        "Ответьте: {link}",
      explanation:
        "По актам гражданского состояния вы родили и воспитали шестерых или больше детей. " +
        "Матерям, награждённым «Алтын алқа» или «Күміс алқа», государство платит " +
        "ежемесячное пособие.",
    },
    en: {
      title: "Allowance for mothers of many children",
      sms:
        "You may receive the Altyn Alka or Kumis Alka allowance without applying. " +
        "Answer: {link}",
      explanation:
        "The civil registry shows you gave birth to and raised six or more children. The " +
        "state pays mothers awarded Altyn Alka or Kumis Alka a monthly allowance.",
    },
  },
  reviewDays: 10,
};
