import type { LocalisedName } from "../geo/types";

/** A status of the family: a fact about its situation, shown on the card and used in filters. */
export type Status = {
  id: string;
  description: LocalisedName;
  /** SQL condition over the family's facts (lib/scoring/facts/family-facts.ts). */
  holds: string;
};

const s = (id: string, holds: string, en: string, ru: string, kk: string): Status => ({
  id,
  holds,
  description: { en, ru, kk },
});

const BELOW_PM = "income_monthly < members * {pm:Float64}";

/** About thirty statuses; their position is their bit in the lake's status mask. */
export const STATUSES: Status[] = [
  s("large_family", "children >= 4", "Large family", "Многодетная семья", "Көпбалалы отбасы"),
  s(
    "single_parent",
    "children > 0 AND adults = 1",
    "Single parent",
    "Неполная семья",
    "Толық емес отбасы",
  ),
  s(
    "child_with_disability",
    "disabled_children > 0",
    "Child with a disability",
    "Ребёнок с инвалидностью",
    "Мүгедек бала",
  ),
  s(
    "adult_with_disability",
    "disabled > disabled_children",
    "Adult with a disability",
    "Взрослый с инвалидностью",
    "Мүгедектігі бар ересек",
  ),
  s(
    "severe_disability",
    "severely_disabled > 0",
    "Disability of group I or II",
    "Инвалидность I или II группы",
    "I немесе II топ мүгедектік",
  ),
  s(
    "unemployed_adult",
    "able_adults > earners",
    "Able-bodied adult without work",
    "Трудоспособный взрослый без работы",
    "Жұмыссыз еңбекке қабілетті ересек",
  ),
  s(
    "job_seeker",
    "job_seekers > 0",
    "Registered job seeker",
    "Ищущий работу на учёте",
    "Тіркелген жұмыс іздеуші",
  ),
  s(
    "recently_dismissed",
    "dismissed > 0",
    "Dismissed in the last year",
    "Уволен в последний год",
    "Соңғы жылы жұмыстан босатылған",
  ),
  s(
    "pensioner_household",
    "retired = members",
    "Pensioner household",
    "Семья пенсионеров",
    "Зейнеткерлер отбасы",
  ),
  s(
    "lone_pensioner",
    "members = 1 AND retired = 1",
    "Pensioner living alone",
    "Одинокий пенсионер",
    "Жалғызбасты зейнеткер",
  ),
  s("lives_alone", "members = 1", "Lives alone", "Одиноко проживающий", "Жалғыз тұрады"),
  s("young_family", "head_age < 35 AND adults >= 2", "Young family", "Молодая семья", "Жас отбасы"),
  s("infant", "infants > 0", "Child under two", "Ребёнок до двух лет", "Екі жасқа дейінгі бала"),
  s("expecting_child", "pregnant > 0", "Expecting a child", "Ожидает ребёнка", "Бала күтуде"),
  s(
    "below_subsistence",
    BELOW_PM,
    "Income below the subsistence minimum",
    "Доход ниже прожиточного минимума",
    "Табысы күнкөріс деңгейінен төмен",
  ),
  s(
    "extreme_poverty",
    "income_monthly < members * {pm:Float64} / 4",
    "Income below a quarter of the subsistence minimum",
    "Доход ниже четверти ПМ",
    "Табысы күнкөріс деңгейінің төрттен бірінен төмен",
  ),
  s(
    "no_income",
    "income_monthly = 0",
    "No recorded income",
    "Нет зарегистрированного дохода",
    "Тіркелген табысы жоқ",
  ),
  s(
    "receives_assistance",
    "has(benefits, 'ASP')",
    "Receives targeted social assistance",
    "Получает адресную социальную помощь",
    "Атаулы әлеуметтік көмек алады",
  ),
  s(
    "receives_housing_aid",
    "has(benefits, 'HOUSING')",
    "Receives housing assistance",
    "Получает жилищную помощь",
    "Тұрғын үй көмегін алады",
  ),
  s(
    "receives_disability_benefit",
    "has(benefits, 'DISABILITY')",
    "Receives a disability allowance",
    "Получает пособие по инвалидности",
    "Мүгедектік жәрдемақысын алады",
  ),
  s(
    "receives_large_family_allowance",
    "has(benefits, 'LARGE_FAMILY')",
    "Receives the large-family allowance",
    "Получает пособие многодетным",
    "Көпбалалы жәрдемақысын алады",
  ),
  s(
    "survivor",
    "has(benefits, 'BREADWINNER')",
    "Lost a breadwinner",
    "Потеря кормильца",
    "Асыраушысынан айырылған",
  ),
  s(
    "job_loss_payment",
    "job_loss_payments > 0",
    "Receives a job-loss payment",
    "Получает выплату по потере работы",
    "Жұмыссыздық төлемін алады",
  ),
  s(
    "overdue_debt",
    "overdue_loans + defaulted_loans > 0",
    "Overdue debt",
    "Просроченный долг",
    "Мерзімі өткен қарыз",
  ),
  s(
    "no_home_owned",
    "homes_owned = 0",
    "Owns no home",
    "Нет собственного жилья",
    "Меншікті үйі жоқ",
  ),
  s(
    "overcrowded",
    "dwelling_area / members < 9",
    "Overcrowded dwelling",
    "Перенаселённое жильё",
    "Тығыз қоныстанған үй",
  ),
  s(
    "no_registered_address",
    "registered < members",
    "Member without a registered address",
    "Член семьи без регистрации",
    "Тіркеусіз мүше",
  ),
  s(
    "child_out_of_school",
    "out_of_school > 0",
    "Child of school age out of school",
    "Ребёнок школьного возраста не учится",
    "Мектеп жасындағы бала оқымайды",
  ),
  s(
    "kindergarten_queue",
    "kindergarten_queue > 0",
    "Child waiting for a kindergarten",
    "Ребёнок в очереди в детский сад",
    "Бала балабақша кезегінде",
  ),
  s(
    "chronic_illness",
    "chronic_members > 0",
    "Member under dispensary observation",
    "Член семьи на диспансерном учёте",
    "Диспансерлік есептегі мүше",
  ),
  s(
    "rural",
    "rural",
    "Lives in a rural district",
    "Проживает в сельском районе",
    "Ауылдық ауданда тұрады",
  ),
  s(
    "entrepreneur",
    "entrepreneurs > 0",
    "Runs a business",
    "Ведёт предпринимательство",
    "Кәсіпкерлікпен айналысады",
  ),
];
