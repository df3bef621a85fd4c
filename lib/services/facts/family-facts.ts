import { sourceDate } from "../../pipeline/integrate-sql";

/**
 * What the service rules read of a family (`f.<fact>`): its place and head from the families
 * table, sums over its members' facts, and its dwelling's utilities bill. Income is a month's:
 * taxed income of the last 12 months over 12, plus benefits and insurance payments running on
 * the snapshot date, leaving out assistance paid for being poor (see person-facts.ts).
 */
export const FAMILY_FACTS: Record<string, string> = {
  children: "countIf(relation = 'child')",
  adults: "countIf(age >= 18)",
  able_adults: "countIf(age >= 18 AND NOT retired AND disability_group_number NOT IN (1, 2))",
  income_monthly: "sum(income_12m) / 12 + sum(benefit_monthly) + sum(insurance_monthly)",
  benefits: "groupUniqArrayArray(benefits_running)",
  head_address: "anyIf(address_key, relation = 'head')",
};

/** Sources of the facts above, for the evidence and for the check that they were delivered. */
export const INCOME_SOURCES = ["tax-income", "benefits-paid", "social-insurance"] as const;

const DWELLING = `(SELECT address_key, argMax(toFloat64(monthly_bill), row_number) AS bill
  FROM src_utilities WHERE snapshot_date = ${sourceDate("utilities")} GROUP BY address_key)`;

/**
 * One row per family of the snapshot, over `persons`, the person facts (a table or a
 * subquery). The regional median income per member is the lake's own: the median of its
 * families' income per member in the region, which targeted assistance's line starts from.
 */
export function familyFactsSelect(persons: string): string {
  const facts = Object.entries(FAMILY_FACTS).map(([name, sql]) => `${sql} AS ${name}`);
  return `SELECT f.family_id AS family_id, f.head_id AS head_id, f.region_code AS region_code,
  f.district_kato AS district_kato, toUInt32(f.members) AS members,
  ${Object.keys(FAMILY_FACTS)
    .map((name) => `m.${name} AS ${name}`)
    .join(", ")},
  income_monthly / greatest(members, 1) AS income_per_member,
  quantileExact(0.5)(income_per_member) OVER (PARTITION BY region_code) AS region_median_income,
  d.bill AS housing_cost
FROM (SELECT * FROM families WHERE snapshot_date = {snapshot_date:Date}) AS f
LEFT JOIN (SELECT family_id, ${facts.join(", ")} FROM ${persons} GROUP BY family_id) AS m
  ON m.family_id = f.family_id
LEFT JOIN ${DWELLING} AS d ON d.address_key = m.head_address`;
}
