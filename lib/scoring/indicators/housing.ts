import { yesNo } from "./define";
import type { IndicatorInput } from "./types";

const UTILITIES = ["utilities"] as const;
const OWNERSHIP = ["real-estate"] as const;

function dwelling(id: string, holds: string, en: string, ru: string, kk: string) {
  return yesNo(id, holds, { level: "family", description: { en, ru, kk }, sources: UTILITIES });
}

/** Housing: the dwelling the family is registered at, what it has, and what it costs. */
export const HOUSING: IndicatorInput[] = [
  yesNo("registered_address", "registered = members", {
    level: "family",
    description: {
      en: "Every member has a registered address",
      ru: "У каждого члена семьи есть регистрация по месту жительства",
      kk: "Отбасының әр мүшесінің тұрақты тіркелген мекенжайы бар",
    },
    sources: ["addresses"],
  }),
  yesNo("owns_home", "homes_owned > 0", {
    level: "family",
    description: {
      en: "The family owns a home",
      ru: "У семьи есть собственное жильё",
      kk: "Отбасының меншікті тұрғын үйі бар",
    },
    sources: OWNERSHIP,
  }),
  {
    id: "owned_area_per_member",
    level: "family",
    appliesTo: "homes_owned > 0",
    description: {
      en: "Owned living space of at least 9 m² per member",
      ru: "Не меньше 9 м² собственного жилья на члена семьи",
      kk: "Мүшеге шаққанда кемінде 9 м² меншікті тұрғын үй",
    },
    value: "toFloat64(home_area_owned) / members",
    cutoff: 9,
    unit: "m²",
    sources: OWNERSHIP,
  },
  {
    id: "living_area_per_member",
    level: "family",
    description: {
      en: "At least 18 m² of living space per member",
      ru: "Не меньше 18 м² жилой площади на члена семьи",
      kk: "Мүшеге шаққанда кемінде 18 м² тұрғын алаң",
    },
    value: "dwelling_area / members",
    cutoff: 18,
    unit: "m²",
    sources: UTILITIES,
  },
  {
    id: "rooms_per_member",
    level: "family",
    description: {
      en: "No more than two members per room",
      ru: "Не больше двух человек на комнату",
      kk: "Бір бөлмеге екі адамнан артық емес",
    },
    value: "dwelling_rooms / members",
    cutoff: 0.5,
    unit: "share",
    sources: UTILITIES,
  },
  dwelling(
    "electricity",
    "dwelling_electricity",
    "The dwelling has electricity",
    "В жилье есть электричество",
    "Тұрғын үйде электр бар",
  ),
  dwelling(
    "gas",
    "dwelling_gas != 'none'",
    "The dwelling has gas, from the mains or bottled",
    "В жилье есть газ, сетевой или баллонный",
    "Тұрғын үйде желілік немесе баллон газ бар",
  ),
  dwelling(
    "mains_gas",
    "dwelling_gas = 'mains'",
    "The dwelling is connected to the gas mains",
    "Жильё подключено к газовой сети",
    "Тұрғын үй газ желісіне қосылған",
  ),
  dwelling(
    "piped_water",
    "dwelling_water = 'piped'",
    "The dwelling has piped water",
    "В жилье есть водопровод",
    "Тұрғын үйде су құбыры бар",
  ),
  dwelling(
    "water_not_delivered",
    "dwelling_water != 'delivered'",
    "Water does not have to be brought in",
    "Воду не приходится привозить",
    "Суды тасымалдаудың қажеті жоқ",
  ),
  dwelling(
    "sewage",
    "dwelling_sewage != 'none'",
    "The dwelling has sewage, central or a septic tank",
    "В жилье есть канализация, центральная или септик",
    "Тұрғын үйде орталық кәріз немесе септик бар",
  ),
  dwelling(
    "central_sewage",
    "dwelling_sewage = 'central'",
    "The dwelling is on central sewage",
    "Жильё подключено к центральной канализации",
    "Тұрғын үй орталық кәрізге қосылған",
  ),
  dwelling(
    "heating",
    "dwelling_heating != 'stove'",
    "The dwelling is not heated by a stove",
    "Жильё отапливается не печью",
    "Тұрғын үй пешпен жылытылмайды",
  ),
  dwelling(
    "central_heating",
    "dwelling_heating = 'central'",
    "The dwelling has central heating",
    "В жилье центральное отопление",
    "Тұрғын үйде орталық жылу бар",
  ),
  dwelling(
    "apartment_amenities",
    "dwelling_type = 'house' OR (dwelling_water = 'piped' AND dwelling_sewage = 'central')",
    "An apartment has both piped water and central sewage",
    "В квартире есть и водопровод, и центральная канализация",
    "Пәтерде су құбыры да, орталық кәріз де бар",
  ),
  dwelling(
    "no_utility_arrears",
    "dwelling_arrears = 0",
    "Utility bills are paid up",
    "Нет задолженности за коммунальные услуги",
    "Коммуналдық қызметтер үшін берешек жоқ",
  ),
  dwelling(
    "no_long_utility_arrears",
    "dwelling_arrears < 3",
    "Utility bills are less than three months behind",
    "Задолженность за коммунальные услуги меньше трёх месяцев",
    "Коммуналдық берешек үш айдан аз",
  ),
  {
    id: "utility_burden",
    level: "family",
    appliesTo: "dwelling_bill > 0",
    description: {
      en: "Utility bills take at most a tenth of the income",
      ru: "Коммунальные платежи не больше десятой части дохода",
      kk: "Коммуналдық төлемдер табыстың оннан бірінен аспайды",
    },
    value: "income_monthly / dwelling_bill",
    cutoff: 10,
    unit: "count",
    sources: [...UTILITIES, "tax-income", "benefits-paid", "social-insurance"],
  },
  yesNo("housing_aid_when_burdened", "has(benefits, 'HOUSING')", {
    level: "family",
    appliesTo: "dwelling_bill > 0.1 * income_monthly",
    description: {
      en: "A family whose bills exceed a tenth of its income receives housing assistance",
      ru: "Семья с платежами больше десятой части дохода получает жилищную помощь",
      kk: "Төлемдері табыстың оннан бірінен асатын отбасы тұрғын үй көмегін алады",
    },
    sources: [...UTILITIES, "benefits-paid"],
  }),
  dwelling(
    "rural_water_and_gas",
    "NOT rural OR (dwelling_water != 'delivered' AND dwelling_gas != 'none')",
    "A rural dwelling has both water on site and gas",
    "В сельском жилье есть и вода на месте, и газ",
    "Ауылдағы тұрғын үйде су да, газ да бар",
  ),
];
