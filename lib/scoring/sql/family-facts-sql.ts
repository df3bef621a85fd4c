import { FAMILY_FACTS } from "../facts/family-facts";
import { inBucket } from "../../clickhouse/bucket";
import { INDICATORS } from "../indicators";

const PERSON_LEVEL = INDICATORS.filter((indicator) => indicator.level === "person");

/**
 * A person-level indicator per family: its worst member's value among the members it applies
 * to (`pv_`), how many it applies to (`pa_`) and how many of those have no value (`pn_`).
 */
function personLevelColumns(): string[] {
  return PERSON_LEVEL.flatMap(({ slot, value, appliesTo }) => {
    const applies = appliesTo ? `(${appliesTo})` : "1";
    return [
      `minIf(toFloat64(${value}), ${applies}) AS pv_${slot}`,
      `countIf(${applies}) AS pa_${slot}`,
      `countIf(${applies} AND isNull(${value})) AS pn_${slot}`,
    ];
  });
}

/**
 * One row per family of the bucket (by family id): its facts and its person-level
 * indicators, from its members' facts.
 */
export function familyFactsQuery(table: string, members: string): string {
  const facts = Object.entries(FAMILY_FACTS).map(([name, sql]) => `${sql} AS ${name}`);
  return `CREATE TABLE ${table} ENGINE = Memory AS
SELECT family_id, ${[...facts, ...personLevelColumns()].join(",\n  ")}
FROM ${members} WHERE ${inBucket("family_id")} GROUP BY family_id
SETTINGS prefer_column_name_to_alias = 1`;
}
