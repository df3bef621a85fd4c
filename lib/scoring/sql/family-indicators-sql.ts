import { DWELLING } from "../facts/family-facts";
import { inBucket } from "../../clickhouse/bucket";
import { INDICATORS, type Indicator } from "../indicators";
import { STATUSES } from "../statuses";

const NULL_VALUE = "CAST(NULL AS Nullable(Float64))";

/** Whether the indicator applies (`a_`) and its value (`v_`), NULL when unknown. */
function indicatorColumns(indicator: Indicator, available: ReadonlySet<string>): string[] {
  const { slot } = indicator;
  const known = indicator.sources.every((source) => available.has(source));
  if (indicator.level === "person") {
    const value = known ? `if(pn_${slot} > 0, NULL, toNullable(pv_${slot}))` : NULL_VALUE;
    return [`pa_${slot} > 0 AS a_${slot}`, `if(a_${slot}, ${value}, NULL) AS v_${slot}`];
  }

  // Unknown applicability (a NULL from a missing dwelling) counts as applying: the value is
  // then missing, never silently "not deprived".
  const applies = indicator.appliesTo ? `ifNull(toUInt8(${indicator.appliesTo}), 1)` : "1";
  const value = known ? `toNullable(toFloat64(${indicator.value}))` : NULL_VALUE;
  return [`${applies} AS a_${slot}`, `if(a_${slot}, ${value}, NULL) AS v_${slot}`];
}

const bit = (condition: string, slot: number) =>
  `bitShiftLeft(toUInt128(ifNull(${condition}, 0)), ${slot})`;

const mask = (condition: (indicator: Indicator) => string) =>
  INDICATORS.map((indicator) => bit(condition(indicator), indicator.slot)).join(" + ");

const statusMask = () =>
  STATUSES.map(
    (status, slot) => `bitShiftLeft(toUInt64(ifNull(${status.holds}, 0)), ${slot})`,
  ).join(" + ");

/**
 * Every family's indicator values, which apply, which are missing and which are deprived (a
 * value strictly below its cutoff), and its statuses: written for the snapshot from the family
 * facts table and the family's dwelling. `available` names the sources with a delivery.
 */
export function familyIndicatorsInsert(facts: string, available: ReadonlySet<string>): string {
  const columns = INDICATORS.flatMap((indicator) => indicatorColumns(indicator, available));
  const values = INDICATORS.map(({ slot }) => `v_${slot}`).join(", ");
  return `INSERT INTO family_indicators
SELECT {snapshot_date:Date}, family_id, region_code, district_kato, members, children,
  [${values}],
  ${mask(({ slot, cutoff }) => `a_${slot} AND v_${slot} < ${cutoff}`)},
  ${mask(({ slot }) => `a_${slot} AND isNull(v_${slot})`)},
  ${mask(({ slot }) => `NOT a_${slot}`)},
  statuses
FROM (
  SELECT family_id, fam.region_code AS region_code, fam.district_kato AS district_kato,
    toUInt16(members) AS members, toUInt16(children) AS children,
    ${columns.join(",\n    ")},
    ${statusMask()} AS statuses
  FROM ${facts} AS f
  INNER JOIN (SELECT family_id, region_code, district_kato FROM families
    WHERE snapshot_date = {snapshot_date:Date} AND ${inBucket("family_id")}) AS fam
    USING family_id
  LEFT JOIN ${DWELLING} AS d ON d.address_key = f.address_key
)
SETTINGS join_use_nulls = 1`;
}
