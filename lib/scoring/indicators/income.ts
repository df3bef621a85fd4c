import { share, yesNo } from "./define";
import type { IndicatorInput } from "./types";

const INCOME_SOURCES = ["tax-income", "benefits-paid", "social-insurance"] as const;
const PER_MEMBER = "income_monthly / members / {pm:Float64}";
const LOANS = ["loans"] as const;
const EMPLOYMENT = ["employment", "tax-income"] as const;

function incomeAbove(id: string, cutoff: number, en: string, ru: string, kk: string) {
  const description = { en, ru, kk };
  return {
    id,
    level: "family",
    description,
    value: PER_MEMBER,
    cutoff,
    unit: "× PM",
    sources: INCOME_SOURCES,
  } satisfies IndicatorInput;
}

/** Income and living conditions: money coming in, work, debts and assets. */
export const INCOME: IndicatorInput[] = [
  incomeAbove(
    "income_per_member",
    1,
    "Monthly income per member at or above the subsistence minimum",
    "Доход на члена семьи не ниже прожиточного минимума",
    "Отбасы мүшесіне шаққандағы табыс ең төменгі күнкөріс деңгейінен төмен емес",
  ),
  incomeAbove(
    "income_above_asp_line",
    0.7,
    "Income per member at or above 70 % of the subsistence minimum (the assistance line)",
    "Доход на члена семьи не ниже 70 % прожиточного минимума (черта адресной помощи)",
    "Мүшеге шаққандағы табыс ең төменгі күнкөріс деңгейінің 70 %-ынан төмен емес",
  ),
  incomeAbove(
    "income_above_quarter_pm",
    0.25,
    "Income per member at or above a quarter of the subsistence minimum",
    "Доход на члена семьи не ниже четверти прожиточного минимума",
    "Мүшеге шаққандағы табыс ең төменгі күнкөріс деңгейінің төрттен бірінен төмен емес",
  ),
  incomeAbove(
    "income_above_two_pm",
    2,
    "Income per member at or above twice the subsistence minimum",
    "Доход на члена семьи не ниже двух прожиточных минимумов",
    "Мүшеге шаққандағы табыс екі ең төменгі күнкөріс деңгейінен төмен емес",
  ),
  yesNo("earned_income", "earners > 0", {
    level: "family",
    appliesTo: "able_adults > 0",
    description: {
      en: "Someone in a family with able-bodied adults earns from work",
      ru: "В семье с трудоспособными взрослыми кто-то получает трудовой доход",
      kk: "Еңбекке қабілетті ересектері бар отбасында біреу еңбек табысын алады",
    },
    sources: EMPLOYMENT,
  }),
  {
    id: "employment_rate",
    level: "family",
    appliesTo: "able_adults > 0",
    description: {
      en: "At least half of the able-bodied adults work",
      ru: "Работает не меньше половины трудоспособных взрослых",
      kk: "Еңбекке қабілетті ересектердің кемінде жартысы жұмыс істейді",
    },
    value: share("least(earners, able_adults)", "able_adults"),
    cutoff: 0.5,
    unit: "share",
    sources: EMPLOYMENT,
  },
  {
    id: "earners_per_member",
    level: "family",
    description: {
      en: "At least one earner for every four members",
      ru: "Не меньше одного работающего на четырёх членов семьи",
      kk: "Әр төрт мүшеге кемінде бір табыс табушы бар",
    },
    value: share("earners + retired", "members"),
    cutoff: 0.25,
    unit: "share",
    sources: EMPLOYMENT,
  },
  yesNo("skilled_work", "skilled_employed > 0", {
    level: "family",
    appliesTo: "employed > 0",
    description: {
      en: "Someone employed works above an elementary occupation",
      ru: "Хотя бы один работающий занят не на простейшей работе",
      kk: "Жұмыс істейтіндердің кемінде біреуі қарапайым емес кәсіпте",
    },
    sources: ["employment"],
  }),
  yesNo("no_job_seeker", "job_seekers = 0", {
    level: "family",
    description: {
      en: "Nobody is registered as looking for work",
      ru: "Никто не состоит на учёте как ищущий работу",
      kk: "Ешкім жұмыс іздеуші ретінде тіркелмеген",
    },
    sources: ["employment"],
  }),
  yesNo("no_recent_dismissal", "dismissed = 0", {
    level: "family",
    description: {
      en: "Nobody was dismissed in the last twelve months",
      ru: "Никого не уволили за последние двенадцать месяцев",
      kk: "Соңғы он екі айда ешкім жұмыстан босатылмаған",
    },
    sources: ["employment"],
  }),
  yesNo("no_job_loss_payment", "job_loss_payments = 0", {
    level: "family",
    description: {
      en: "Nobody lives on a job-loss payment",
      ru: "Никто не получает выплату по потере работы",
      kk: "Ешкім жұмысынан айырылу бойынша төлем алмайды",
    },
    sources: ["social-insurance"],
  }),
  {
    id: "pension_contributions",
    level: "person",
    appliesTo: "working_age AND disability_group NOT IN ('1', '2')",
    description: {
      en: "Each able-bodied adult paid pension contributions for 6 of the last 24 months",
      ru: "Каждый трудоспособный взрослый платил пенсионные взносы 6 из 24 месяцев",
      kk: "Әр еңбекке қабілетті ересек соңғы 24 айдың 6-ында зейнетақы жарнасын төлеген",
    },
    value: "toFloat64(contribution_months_24)",
    cutoff: 6,
    unit: "months",
    sources: ["pension-contributions"],
  },
  {
    id: "social_insurance",
    level: "person",
    appliesTo: "working_age AND employed",
    description: {
      en: "Each employed adult is covered by social insurance for 6 of the last 24 months",
      ru: "Каждый работающий застрахован в системе соцстрахования 6 из 24 месяцев",
      kk: "Әр жұмыс істейтін ересек соңғы 24 айдың 6-ында әлеуметтік сақтандырылған",
    },
    value: "toFloat64(insured_months_24)",
    cutoff: 6,
    unit: "months",
    sources: ["social-insurance", "employment"],
  },
  yesNo("pension_received", "pension_income_12m > 0 OR benefit_income > 0", {
    level: "person",
    appliesTo: "retired",
    description: {
      en: "Each member past retirement age receives a pension or allowance",
      ru: "Каждый член семьи пенсионного возраста получает пенсию или пособие",
      kk: "Зейнет жасындағы әр мүше зейнетақы немесе жәрдемақы алады",
    },
    sources: ["tax-income", "benefits-paid"],
  }),
  {
    id: "own_income_share",
    level: "family",
    appliesTo: "income_monthly > 0",
    description: {
      en: "Less than half of the income comes from benefits",
      ru: "Пособия составляют меньше половины дохода",
      kk: "Жәрдемақылар табыстың жартысынан азын құрайды",
    },
    value: "1 - benefit_monthly / income_monthly",
    cutoff: 0.5,
    unit: "share",
    sources: INCOME_SOURCES,
  },
  yesNo("no_overdue_debt", "overdue_loans = 0", {
    level: "family",
    description: {
      en: "No loan payment is overdue",
      ru: "Нет просроченных платежей по кредитам",
      kk: "Несие бойынша мерзімі өткен төлем жоқ",
    },
    sources: LOANS,
  }),
  yesNo("no_default", "defaulted_loans = 0", {
    level: "family",
    description: {
      en: "No loan is more than 90 days overdue",
      ru: "Нет кредитов с просрочкой более 90 дней",
      kk: "90 күннен астам мерзімі өткен несие жоқ",
    },
    sources: LOANS,
  }),
  yesNo("no_microcredit", "microcredits = 0", {
    level: "family",
    description: {
      en: "Nobody lives on a microcredit",
      ru: "Никто не пользуется микрокредитом",
      kk: "Ешкім микронесие алмаған",
    },
    sources: LOANS,
  }),
  {
    id: "debt_to_income",
    level: "family",
    appliesTo: "debt_outstanding > 0",
    description: {
      en: "Debts are at most twice the yearly income",
      ru: "Долги не превышают двух годовых доходов",
      kk: "Қарыздар жылдық табыстың екі еселенген мөлшерінен аспайды",
    },
    value: "income_monthly * 12 / debt_outstanding",
    cutoff: 0.5,
    unit: "share",
    sources: [...LOANS, ...INCOME_SOURCES],
  },
  yesNo("owns_car", "cars > 0", {
    level: "family",
    appliesTo: "adults > 0",
    description: {
      en: "The family owns a car",
      ru: "У семьи есть легковой автомобиль",
      kk: "Отбасының жеңіл көлігі бар",
    },
    sources: ["vehicles"],
  }),
  yesNo("owns_assets", "properties + cars + household_plot + farm_land_ha > 0", {
    level: "family",
    description: {
      en: "The family owns property, a vehicle or land",
      ru: "У семьи есть недвижимость, транспорт или земля",
      kk: "Отбасының жылжымайтын мүлкі, көлігі немесе жері бар",
    },
    sources: ["real-estate", "vehicles", "land"],
  }),
  yesNo("productive_assets", "commercial_property + commercial_vehicle + farm_land_ha > 0", {
    level: "family",
    appliesTo: "rural",
    description: {
      en: "A rural family has farm land, a commercial vehicle or commercial property",
      ru: "У сельской семьи есть земля КХ, коммерческий транспорт или недвижимость",
      kk: "Ауылдық отбасының шаруа жері, коммерциялық көлігі немесе мүлкі бар",
    },
    sources: ["real-estate", "vehicles", "land"],
  }),
  yesNo("household_plot", "household_plot", {
    level: "family",
    appliesTo: "rural",
    description: {
      en: "A rural family has a household plot",
      ru: "У сельской семьи есть личное подсобное хозяйство",
      kk: "Ауылдық отбасының жеке қосалқы шаруашылығы бар",
    },
    sources: ["land"],
  }),
];
