import { inBucket } from "../../clickhouse/bucket";
import { sourceDate } from "../../pipeline/integrate-sql";
import { pipelineSourceOf } from "../../pipeline/sources";

/**
 * What each source says about one person, aggregated per person: the facts indicators and
 * statuses are written over. A person without a record in a source gets the column's default
 * (0, '' or an empty array), which reads as "none"; a source without a delivery for the
 * snapshot makes the indicators built on it missing instead (see the indicators stage).
 */
type FactSource = { source: string; key: string; facts: Record<string, string> };

const SNAP = "toDate32({snapshot_date:Date})";
const ACTIVE = (end: string) => `(${end} IS NULL OR ${end} >= ${SNAP})`;
const YEAR_AGO = `${SNAP} - 365`;

export const FACT_SOURCES: readonly FactSource[] = [
  {
    source: "tax-income",
    key: "person_id",
    facts: {
      income_12m: `sumIf(income_amount, period_end > ${YEAR_AGO})`,
      wage_income_12m: `sumIf(income_amount, income_type = 'WAGE' AND period_end > ${YEAR_AGO})`,
      business_income_12m: `sumIf(income_amount, income_type = 'ENTREPRENEUR')`,
      pension_income_12m: `sumIf(income_amount, income_type = 'PENSION')`,
      farm_income_12m: `sumIf(income_amount, income_type = 'FARM')`,
    },
  },
  {
    source: "pension-contributions",
    key: "person_id",
    facts: {
      contribution_months_24: "max(months_24)",
      last_contribution: "max(last_contribution)",
    },
  },
  {
    source: "social-insurance",
    key: "person_id",
    facts: {
      insured_months_24: "maxIf(ifNull(months_24, 0), record_type = 'contribution')",
      insurance_payment: `sumIf(ifNull(monthly_payment, 0),
        record_type = 'payment' AND ${ACTIVE("payment_end")})`,
      job_loss_payment: `countIf(payment_type = 'JOBLOSS' AND ${ACTIVE("payment_end")}) > 0`,
    },
  },
  {
    source: "employment",
    key: "person_id",
    facts: {
      employed: "countIf(record_type = 'contract' AND status = 'active') > 0",
      job_seeker: "countIf(record_type = 'jobseeker' AND status = 'active') > 0",
      dismissed_this_year: `countIf(termination_reason = 'dismissal'
        AND end_date > ${YEAR_AGO}) > 0`,
      elementary_job: "countIf(status = 'active' AND occupation = '9') > 0",
    },
  },
  {
    source: "disability",
    key: "person_id",
    facts: {
      disability_group: "argMax(disability_group, assessed_on)",
      disability_review_overdue: `countIf(review_on < ${SNAP}) > 0`,
    },
  },
  {
    source: "benefits-paid",
    key: "person_id",
    facts: {
      benefits: `groupUniqArrayIf(toString(benefit_code), ${ACTIVE("ended_on")})`,
      benefit_income: `sumIf(monthly_amount, ${ACTIVE("ended_on")})`,
    },
  },
  {
    source: "health-attachment",
    key: "person_id",
    facts: {
      attached_to_clinic: "count() > 0",
      health_insured: "countIf(insurance_status = 'сақтандырылған') > 0",
    },
  },
  {
    source: "dispensary",
    key: "person_id",
    facts: {
      chronic_conditions: "uniqExact(icd10)",
      severe_condition: "countIf(icd10 IN ('C50', 'N18', 'I25')) > 0",
    },
  },
  {
    source: "pregnancy",
    key: "person_id",
    facts: {
      pregnant: `countIf(outcome IS NULL AND expected_delivery >= ${SNAP}) > 0`,
      late_pregnancy_registration: `countIf(outcome IS NULL AND weeks_at_registration > 12) > 0`,
    },
  },
  {
    source: "preschool",
    key: "person_id",
    facts: {
      in_kindergarten: "countIf(status = 'тәрбиеленуші') > 0",
      kindergarten_queue: "countIf(status = 'кезекте') > 0",
    },
  },
  {
    source: "school",
    key: "person_id",
    facts: {
      in_school: "count() > 0",
      free_school_meals: "countIf(free_meals) > 0",
      school_grade: "max(grade)",
    },
  },
  {
    source: "higher-education",
    key: "person_id",
    facts: { in_higher_education: "count() > 0", state_grant: "countIf(funding = 'grant') > 0" },
  },
  {
    source: "real-estate",
    key: "owner_id",
    facts: {
      homes_owned: "countIf(property_type IN ('apartment', 'house'))",
      home_area_owned: "sumIf(area_m2 * share, property_type IN ('apartment', 'house'))",
      commercial_property: "countIf(property_type = 'commercial') > 0",
      properties: "count()",
    },
  },
  {
    source: "vehicles",
    key: "owner_id",
    facts: {
      cars: "countIf(category = 'M1')",
      commercial_vehicle: "countIf(commercial OR category = 'N1') > 0",
    },
  },
  {
    source: "land",
    key: "holder_id",
    facts: {
      household_plot: "countIf(purpose = 'ЛПХ') > 0",
      farm_land_ha: "sumIf(area_ha, purpose = 'КХ')",
    },
  },
  {
    source: "loans",
    key: "person_id",
    facts: {
      loans: "count()",
      overdue_loan: "countIf(status = 'overdue') > 0",
      defaulted_loan: "countIf(status = 'default') > 0",
      microcredit: "countIf(loan_type = 'microcredit') > 0",
      debt_outstanding: "sum(outstanding)",
    },
  },
  {
    source: "mobile-contacts",
    key: "person_id",
    facts: { reachable_by_phone: "count() > 0" },
  },
];

function sourceJoin({ source, key, facts }: FactSource, alias: string): string {
  const columns = Object.entries(facts).map(([name, sql]) => `${sql} AS ${name}`);
  const table = pipelineSourceOf(source).table;
  return `LEFT JOIN (SELECT ${key} AS person_id, ${columns.join(", ")} FROM ${table}
    WHERE snapshot_date = ${sourceDate(source)} AND ${inBucket(key)}
    GROUP BY person_id) AS ${alias}
    ON ${alias}.person_id = p.person_id`;
}

/** One row per person of the bucket (by person id), with what each source says. */
export function memberFactsSelect(): string {
  const facts = FACT_SOURCES.flatMap((s, i) => Object.keys(s.facts).map((f) => `s${i}.${f}`));
  const joins = FACT_SOURCES.map((s, i) => sourceJoin(s, `s${i}`));
  return `SELECT p.family_id AS family_id, p.person_id AS person_id, p.relation AS relation,
  p.sex AS sex, p.district_kato AS district_kato, p.address_key AS address_key,
  age('year', p.birth_date, ${SNAP}) AS age,
  age >= if(p.sex = 'male', 63, 61) AS retired,
  age >= 18 AND NOT retired AS working_age, ${facts.join(", ")}
FROM (SELECT * FROM persons
  WHERE snapshot_date = {snapshot_date:Date} AND ${inBucket("person_id")}) AS p
${joins.join("\n")}
SETTINGS join_use_nulls = 0`;
}
