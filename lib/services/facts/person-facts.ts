import { inBucket } from "../../clickhouse/bucket";
import { sourceDate } from "../../pipeline/integrate-sql";
import { pipelineSourceOf } from "../../pipeline/sources";

/**
 * What the sources say about each living person of a snapshot, as the service rules read it
 * (`p.<fact>`). Each fact is the column's default when the person has no record: 0, '', an
 * empty array, or 1970-01-01 for a date, which no rule window reaches. Codes of the sources
 * (disability groups, payment types) are read here, so the rules never spell them.
 */
const SNAP = "toDate32({snapshot_date:Date})";
const RUNNING = (end: string) => `(${end} IS NULL OR ${end} >= ${SNAP})`;
const table = (source: string) => pipelineSourceOf(source).table;
const rows = (source: string) =>
  `FROM ${table(source)} WHERE snapshot_date = ${sourceDate(source)}`;

// Fact names never repeat a source column's name: ClickHouse would read the alias inside its
// own aggregate as a cyclic alias.
const LATEST_GROUP = "argMax(toString(disability_group), assessed_on)";

type FactJoin = { source: string; key: string; facts: Record<string, string> };

/** Assistance paid for being poor is left out of income, so its recipients still qualify. */
const MEANS_TESTED = "('ASP', 'HOUSING', 'BIRTH')";

const JOINS: readonly FactJoin[] = [
  {
    source: "social-insurance",
    key: "person_id",
    facts: {
      insured_months: "toUInt32(maxIf(ifNull(months_24, 0), record_type = 'contribution'))",
      insured_income: "toFloat64(maxIf(ifNull(avg_income, 0), record_type = 'contribution'))",
      insurance_running: `groupUniqArrayIf(toString(ifNull(payment_type, '')),
        record_type = 'payment' AND ${RUNNING("payment_end")})`,
      insurance_monthly: `toFloat64(sumIf(ifNull(monthly_payment, 0), record_type = 'payment'
        AND ifNull(payment_start, ${SNAP}) <= ${SNAP} AND ${RUNNING("payment_end")}))`,
    },
  },
  {
    source: "employment",
    key: "person_id",
    facts: {
      employed: "countIf(record_type = 'contract' AND status = 'active') > 0",
      // Leaving of one's own will gives no right to the job-loss payment.
      lost_job_on: `maxIf(assumeNotNull(end_date), record_type = 'contract'
        AND end_date IS NOT NULL AND termination_reason IN ('dismissal', 'contract_end'))`,
    },
  },
  {
    source: "tax-income",
    key: "person_id",
    facts: { income_12m: `toFloat64(sumIf(income_amount, period_end > ${SNAP} - 365))` },
  },
  {
    source: "disability",
    key: "person_id",
    facts: {
      disability: LATEST_GROUP,
      disabled_child: `${LATEST_GROUP} = 'ребенок-инвалид'`,
      disability_group_number: `toUInt8OrZero(${LATEST_GROUP})`,
      disabled_since_childhood: "argMax(toString(cause), assessed_on) = 'с детства'",
    },
  },
  {
    source: "benefits-paid",
    key: "person_id",
    facts: {
      benefits_running: `groupUniqArrayIf(toString(benefit_code), ${RUNNING("ended_on")})`,
      benefit_monthly: `toFloat64(sumIf(monthly_amount,
        ${RUNNING("ended_on")} AND benefit_code NOT IN ${MEANS_TESTED}))`,
      birth_paid_on: "maxIf(assigned_on, benefit_code = 'BIRTH')",
    },
  },
  {
    source: "pregnancy",
    key: "person_id",
    facts: {
      // The latest pregnancy's day of delivery: expected while pregnant, actual once born.
      delivery_on: `max(if(outcome IS NULL, expected_delivery,
        ifNull(outcome_date, expected_delivery)))`,
    },
  },
  {
    source: "school",
    key: "person_id",
    facts: { school_grade: "toUInt32(max(grade))", has_free_meals: "countIf(free_meals) > 0" },
  },
];

// Births to each mother, with the children's birth dates from the civil registry, oldest
// first: the registry is probed by the births, the smaller side of the join.
const BIRTHS = `(SELECT b.mother AS person_id, toUInt32(count()) AS children_born,
    arraySort(groupArray(r.birth_date)) AS child_births
  FROM (SELECT person_id, birth_date ${rows("civil-registry")} LIMIT 1 BY person_id) AS r
  INNER JOIN (SELECT DISTINCT child_or_husband_id AS child, mother_or_wife_id AS mother
    ${rows("civil-status-acts")} AND act_type = '01' AND ${inBucket("mother_or_wife_id")}) AS b
    ON b.child = r.person_id
  GROUP BY person_id)`;

// Each child's parents who died by the snapshot, from birth acts and the registry's deaths.
const BEREAVED = `(SELECT b.child AS person_id, max(d.died) AS parent_died_on,
    toUInt8(uniqExact(b.parent)) AS parents_died
  FROM (SELECT child_or_husband_id AS child,
      arrayJoin([mother_or_wife_id, ifNull(father_id, '')]) AS parent
    ${rows("civil-status-acts")} AND act_type = '01' AND ${inBucket("child_or_husband_id")}) AS b
  INNER JOIN (SELECT person_id, assumeNotNull(death_date) AS died ${rows("civil-registry")}
    AND death_date IS NOT NULL AND death_date <= ${SNAP} LIMIT 1 BY person_id) AS d
    ON d.person_id = b.parent
  GROUP BY person_id)`;

/** Sources each fact is read from: a fact without its source's delivery is not trusted. */
export const FACT_SOURCES: Record<string, readonly string[]> = {
  ...Object.fromEntries(JOINS.flatMap((j) => Object.keys(j.facts).map((f) => [f, [j.source]]))),
  children_born: ["civil-status-acts", "civil-registry"],
  child_births: ["civil-status-acts", "civil-registry"],
  parent_died_on: ["civil-status-acts", "civil-registry"],
  parents_died: ["civil-status-acts", "civil-registry"],
};

function join({ source, key, facts }: FactJoin, alias: string): string {
  const columns = Object.entries(facts).map(([name, sql]) => `${sql} AS ${name}`);
  return `LEFT JOIN (SELECT ${key} AS person_id, ${columns.join(", ")} ${rows(source)}
    AND ${inBucket(key)} GROUP BY person_id) AS ${alias} ON ${alias}.person_id = p.person_id`;
}

/** One row per living person of the bucket (by person id) with every fact above. */
export function personFactsSelect(): string {
  const facts = [
    ...JOINS.flatMap((j, i) => Object.keys(j.facts).map((f) => `s${i}.${f} AS ${f}`)),
    "m.children_born AS children_born",
    "m.child_births AS child_births",
    "arrayMax(arrayPushFront(m.child_births, toDate32('1970-01-01'))) AS youngest_birth",
    "d.parent_died_on AS parent_died_on",
    "d.parents_died AS parents_died",
  ];
  return `SELECT p.person_id AS person_id, p.family_id AS family_id, p.relation AS relation,
  p.sex AS sex, p.birth_date AS birth_date, p.address_key AS address_key,
  age('year', p.birth_date, ${SNAP}) AS age,
  age >= if(p.sex = 'male', 63, 61) AS retired,
  ${facts.join(",\n  ")}
FROM (SELECT * FROM persons
  WHERE snapshot_date = {snapshot_date:Date} AND ${inBucket("person_id")}) AS p
${JOINS.map((j, i) => join(j, `s${i}`)).join("\n")}
LEFT JOIN ${BIRTHS} AS m ON m.person_id = p.person_id
LEFT JOIN ${BEREAVED} AS d ON d.person_id = p.person_id`;
}
