import { share, yesNo } from "./define";
import type { IndicatorInput } from "./types";

const REGISTRY = ["civil-registry", "civil-status-acts"] as const;
const BENEFITS = ["benefits-paid"] as const;

/** Social situation: who cares for whom, who is alone, and whether support reaches them. */
export const SOCIAL: IndicatorInput[] = [
  yesNo("two_adults_for_children", "adults >= 2", {
    level: "family",
    appliesTo: "children > 0",
    description: {
      en: "Children are raised by two adults",
      ru: "Детей воспитывают двое взрослых",
      kk: "Балаларды екі ересек тәрбиелейді",
    },
    sources: REGISTRY,
  }),
  yesNo("adult_in_family", "adults > 0", {
    level: "family",
    description: {
      en: "The family has an adult",
      ru: "В семье есть взрослый",
      kk: "Отбасында ересек адам бар",
    },
    sources: REGISTRY,
  }),
  yesNo("not_alone_in_old_age", "members > 1", {
    level: "family",
    appliesTo: "retired > 0",
    description: {
      en: "A pensioner does not live alone",
      ru: "Пенсионер живёт не один",
      kk: "Зейнеткер жалғыз тұрмайды",
    },
    sources: REGISTRY,
  }),
  yesNo("working_age_member", "working_age > 0", {
    level: "family",
    appliesTo: "retired > 0 OR disabled > 0",
    description: {
      en: "A family of pensioners or people with disabilities has a working-age member",
      ru: "В семье пенсионеров или людей с инвалидностью есть человек трудоспособного возраста",
      kk: "Зейнеткерлер не мүгедектер отбасында еңбек жасындағы адам бар",
    },
    sources: [...REGISTRY, "disability"],
  }),
  {
    id: "dependants_per_worker",
    level: "family",
    description: {
      en: "At least one working-age member for every three members",
      ru: "Не меньше одного трудоспособного на трёх членов семьи",
      kk: "Әр үш мүшеге кемінде бір еңбек жасындағы адам",
    },
    value: share("working_age", "members"),
    cutoff: 0.33,
    unit: "share",
    sources: REGISTRY,
  },
  yesNo("manageable_size", "children < 7", {
    level: "family",
    description: {
      en: "Fewer than seven children",
      ru: "Меньше семи детей",
      kk: "Жетіден аз бала",
    },
    sources: REGISTRY,
  }),
  yesNo("large_family_allowance", "has(benefits, 'LARGE_FAMILY')", {
    level: "family",
    appliesTo: "children >= 4",
    description: {
      en: "A family with four or more children receives the large-family allowance",
      ru: "Семья с четырьмя и более детьми получает пособие многодетным",
      kk: "Төрт және одан көп баласы бар отбасы көпбалалы жәрдемақысын алады",
    },
    sources: [...REGISTRY, ...BENEFITS],
  }),
  yesNo(
    "childcare_support",
    "has(benefits, 'CHILDCARE_STATE') OR earners > 0 OR job_loss_payments > 0",
    {
      level: "family",
      appliesTo: "infants > 0",
      description: {
        en: "A family with a child under two has childcare allowance or earnings",
        ru: "Семья с ребёнком до двух лет получает пособие по уходу или трудовой доход",
        kk: "Екі жасқа дейінгі баласы бар отбасы күтім жәрдемақысын не еңбек табысын алады",
      },
      sources: [...BENEFITS, "employment", "tax-income"],
    },
  ),
  yesNo("breadwinner_support", "has(benefits, 'BREADWINNER') OR adults >= 2", {
    level: "family",
    appliesTo: "children > 0 AND adults <= 1",
    description: {
      en: "A child raised by one adult or none has the other parent or a survivor's allowance",
      ru: "У ребёнка одного родителя есть второй взрослый или пособие по потере кормильца",
      kk: "Бір ата-анасы бар баланың екінші ересегі не асыраушысынан айырылу жәрдемақысы бар",
    },
    sources: [...REGISTRY, ...BENEFITS],
  }),
  yesNo("reachable", "reachable > 0", {
    level: "family",
    appliesTo: "adults > 0",
    description: {
      en: "Some adult can be reached by phone",
      ru: "С кем-то из взрослых можно связаться по телефону",
      kk: "Ересектердің біреуімен телефон арқылы байланысуға болады",
    },
    sources: ["mobile-contacts"],
  }),
  yesNo("youth_in_work_or_study", "employed OR in_higher_education OR income_12m > 0", {
    level: "person",
    appliesTo: "age BETWEEN 18 AND 24",
    description: {
      en: "Every member aged 18–24 works or studies",
      ru: "Каждый член семьи 18–24 лет работает или учится",
      kk: "18–24 жастағы әр мүше жұмыс істейді немесе оқиды",
    },
    sources: ["employment", "higher-education", "tax-income"],
  }),
  yesNo("adults_in_work", "employed OR income_12m > 0 OR job_seeker", {
    level: "person",
    appliesTo: "working_age AND disability_group NOT IN ('1', '2') AND NOT pregnant",
    description: {
      en: "Every able-bodied adult works or is registered as looking for work",
      ru: "Каждый трудоспособный взрослый работает или ищет работу через центр занятости",
      kk: "Әр еңбекке қабілетті ересек жұмыс істейді не жұмыс іздеуші ретінде тіркелген",
    },
    sources: ["employment", "tax-income"],
  }),
  yesNo("not_long_out_of_work", "contribution_months_24 >= 12 OR employed", {
    level: "person",
    appliesTo: "working_age AND disability_group NOT IN ('1', '2') AND job_seeker",
    description: {
      en: "No job seeker has been out of work for more than a year",
      ru: "Никто из ищущих работу не без работы больше года",
      kk: "Жұмыс іздеушілердің ешқайсысы бір жылдан астам жұмыссыз емес",
    },
    sources: ["employment", "pension-contributions"],
  }),
  yesNo(
    "mother_award_paid",
    "has(benefits, 'MOTHER_AWARD_ALTYN') OR has(benefits, 'MOTHER_AWARD_KUMIS') OR children < 6",
    {
      level: "family",
      appliesTo: "children >= 6",
      description: {
        en: "A mother of six or more children receives her award allowance",
        ru: "Мать шести и более детей получает пособие «Алтын алка» или «Күміс алка»",
        kk: "Алты және одан көп баланың анасы «Алтын алқа» не «Күміс алқа» жәрдемақысын алады",
      },
      sources: [...REGISTRY, ...BENEFITS],
    },
  ),
  yesNo("pregnancy_supported", "earners > 0 OR benefit_monthly > 0", {
    level: "family",
    appliesTo: "pregnant > 0",
    description: {
      en: "A family expecting a child has earnings or a payment",
      ru: "Семья, ожидающая ребёнка, имеет трудовой доход или выплату",
      kk: "Бала күтіп отырған отбасының еңбек табысы не төлемі бар",
    },
    sources: ["pregnancy", "employment", ...BENEFITS],
  }),
  yesNo("no_assistance_needed", "NOT has(benefits, 'ASP')", {
    level: "family",
    description: {
      en: "The family does not depend on targeted social assistance",
      ru: "Семья не зависит от адресной социальной помощи",
      kk: "Отбасы атаулы әлеуметтік көмекке тәуелді емес",
    },
    sources: BENEFITS,
  }),
  yesNo("head_is_adult", "head_age >= 18", {
    level: "family",
    description: {
      en: "The head of the family is an adult",
      ru: "Глава семьи совершеннолетний",
      kk: "Отбасы басшысы кәмелетке толған",
    },
    sources: REGISTRY,
  }),
  yesNo("young_family_housed", "homes_owned > 0 OR head_age >= 35", {
    level: "family",
    appliesTo: "children > 0",
    description: {
      en: "A young family with children (head under 35) owns its home",
      ru: "Молодая семья с детьми (глава младше 35) имеет своё жильё",
      kk: "Балалы жас отбасының (басшысы 35-ке толмаған) өз үйі бар",
    },
    sources: [...REGISTRY, "real-estate"],
  }),
];
