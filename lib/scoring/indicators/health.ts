import { share, yesNo } from "./define";
import type { IndicatorInput } from "./types";

const ATTACHMENT = ["health-attachment"] as const;
const DISABILITY = ["disability"] as const;
const DISPENSARY = ["dispensary"] as const;

/** Health, disability included: coverage by the health system and the burden of illness. */
export const HEALTH: IndicatorInput[] = [
  yesNo("health_insured", "health_insured", {
    level: "person",
    description: {
      en: "Every member is covered by compulsory health insurance",
      ru: "Каждый член семьи застрахован в ОСМС",
      kk: "Отбасының әр мүшесі МӘМС-пен сақтандырылған",
    },
    sources: ATTACHMENT,
  }),
  yesNo("attached_to_clinic", "attached_to_clinic", {
    level: "person",
    description: {
      en: "Every member is attached to a polyclinic",
      ru: "Каждый член семьи прикреплён к поликлинике",
      kk: "Отбасының әр мүшесі емханаға тіркелген",
    },
    sources: ATTACHMENT,
  }),
  yesNo("children_attached", "attached_to_clinic", {
    level: "person",
    appliesTo: "age < 18",
    description: {
      en: "Every child is attached to a polyclinic",
      ru: "Каждый ребёнок прикреплён к поликлинике",
      kk: "Әр бала емханаға тіркелген",
    },
    sources: ATTACHMENT,
  }),
  yesNo("children_insured", "health_insured", {
    level: "person",
    appliesTo: "age < 18",
    description: {
      en: "Every child is covered by compulsory health insurance",
      ru: "Каждый ребёнок застрахован в ОСМС",
      kk: "Әр бала МӘМС-пен сақтандырылған",
    },
    sources: ATTACHMENT,
  }),
  yesNo("elderly_attached", "attached_to_clinic", {
    level: "person",
    appliesTo: "retired",
    description: {
      en: "Every member past retirement age is attached to a polyclinic",
      ru: "Каждый пенсионер прикреплён к поликлинике",
      kk: "Зейнет жасындағы әр мүше емханаға тіркелген",
    },
    sources: ATTACHMENT,
  }),
  yesNo("no_severe_condition", "NOT severe_condition", {
    level: "person",
    description: {
      en: "Nobody is under observation for cancer, kidney failure or ischaemic heart disease",
      ru: "Никто не наблюдается с онкологией, почечной недостаточностью или ИБС",
      kk: "Ешкім онкология, бүйрек жеткіліксіздігі немесе ЖИА бойынша бақылауда емес",
    },
    sources: DISPENSARY,
  }),
  yesNo("few_chronic_conditions", "chronic_conditions < 2", {
    level: "person",
    description: {
      en: "Nobody is observed for two or more chronic diseases",
      ru: "Никто не наблюдается с двумя и более хроническими болезнями",
      kk: "Ешкім екі не одан көп созылмалы ауру бойынша бақылауда емес",
    },
    sources: DISPENSARY,
  }),
  yesNo("children_without_chronic_disease", "chronic_conditions = 0", {
    level: "person",
    appliesTo: "age < 18",
    description: {
      en: "No child is under dispensary observation",
      ru: "Ни один ребёнок не состоит на диспансерном учёте",
      kk: "Бірде-бір бала диспансерлік есепте тұрмайды",
    },
    sources: DISPENSARY,
  }),
  {
    id: "healthy_share",
    level: "family",
    description: {
      en: "At least half of the members have no disability and no chronic disease",
      ru: "Не меньше половины членов семьи без инвалидности и хронических болезней",
      kk: "Мүшелердің кемінде жартысы мүгедектіксіз және созылмалы аурусыз",
    },
    value: share("healthy_members", "members"),
    cutoff: 0.5,
    unit: "share",
    sources: [...DISABILITY, ...DISPENSARY],
  },
  yesNo("no_severe_disability", "disability_group NOT IN ('1', '2')", {
    level: "person",
    appliesTo: "age >= 18",
    description: {
      en: "No adult has a disability of group I or II",
      ru: "Ни у кого из взрослых нет инвалидности I или II группы",
      kk: "Ересектердің ешқайсысында I немесе II топ мүгедектігі жоқ",
    },
    sources: DISABILITY,
  }),
  yesNo("no_disability_group_3", "disability_group != '3'", {
    level: "person",
    appliesTo: "age >= 18",
    description: {
      en: "No adult has a disability of group III",
      ru: "Ни у кого из взрослых нет инвалидности III группы",
      kk: "Ересектердің ешқайсысында III топ мүгедектігі жоқ",
    },
    sources: DISABILITY,
  }),
  yesNo("no_child_disability", "disability_group = ''", {
    level: "person",
    appliesTo: "age < 18",
    description: {
      en: "No child has a disability",
      ru: "Ни у одного ребёнка нет инвалидности",
      kk: "Бірде-бір баланың мүгедектігі жоқ",
    },
    sources: DISABILITY,
  }),
  yesNo("disability_review_on_time", "NOT disability_review_overdue", {
    level: "person",
    appliesTo: "disability_group != ''",
    description: {
      en: "Every disability is re-assessed on time",
      ru: "Переосвидетельствование инвалидности не просрочено",
      kk: "Мүгедектікті қайта куәландыру мерзімі өтпеген",
    },
    sources: DISABILITY,
  }),
  yesNo("disability_benefit", "has(benefits, 'DISABILITY')", {
    level: "person",
    appliesTo: "disability_group IN ('1', '2', '3')",
    description: {
      en: "Every adult with a disability receives the disability allowance",
      ru: "Каждый взрослый с инвалидностью получает пособие по инвалидности",
      kk: "Мүгедектігі бар әр ересек мүгедектік жәрдемақысын алады",
    },
    sources: [...DISABILITY, "benefits-paid"],
  }),
  yesNo("child_disability_care", "has(benefits, 'CHILD_DISABILITY_CARE')", {
    level: "family",
    appliesTo: "disabled_children > 0",
    description: {
      en: "A parent of a child with a disability receives the care allowance",
      ru: "Родитель ребёнка с инвалидностью получает пособие по уходу",
      kk: "Мүгедек баланың ата-анасы күтім жәрдемақысын алады",
    },
    sources: [...DISABILITY, "benefits-paid"],
  }),
  yesNo("carer_for_group_1", "has(benefits, 'CARER')", {
    level: "family",
    appliesTo: "disabled_group_1 > 0",
    description: {
      en: "Someone caring for a member with group I disability receives the carer allowance",
      ru: "Ухаживающий за инвалидом I группы получает пособие по уходу",
      kk: "I топ мүгедекті күтетін адам күтім жәрдемақысын алады",
    },
    sources: [...DISABILITY, "benefits-paid"],
  }),
  yesNo("pregnancy_registered_early", "NOT late_pregnancy_registration", {
    level: "person",
    appliesTo: "pregnant",
    description: {
      en: "Every pregnancy was registered by week 12",
      ru: "Беременность поставлена на учёт до 12 недель",
      kk: "Жүктілік 12 аптаға дейін есепке алынған",
    },
    sources: ["pregnancy"],
  }),
  {
    id: "able_bodied_share",
    level: "family",
    appliesTo: "working_age > 0",
    description: {
      en: "Most working-age members are able to work",
      ru: "Большинство членов семьи трудоспособного возраста трудоспособны",
      kk: "Еңбек жасындағы мүшелердің көпшілігі еңбекке қабілетті",
    },
    value: share("able_adults", "working_age"),
    cutoff: 0.5,
    unit: "share",
    sources: DISABILITY,
  },
  {
    id: "care_burden",
    level: "family",
    description: {
      en: "At most one member in three is disabled",
      ru: "Инвалидность не более чем у каждого третьего члена семьи",
      kk: "Мүгедектік әр үшінші мүшеден артық емес",
    },
    value: share("members - disabled", "members"),
    cutoff: 0.67,
    unit: "share",
    sources: DISABILITY,
  },
];
