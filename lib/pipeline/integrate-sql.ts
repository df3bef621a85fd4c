import { CONFLICT_RULES } from "./conflicts";
import { pipelineSourceOf } from "./sources";

/** The delivery date a source contributes to the snapshot being built (see land). */
export const sourceDate = (id: string) =>
  `(SELECT source_date FROM source_snapshots FINAL
    WHERE snapshot_date = {snapshot_date:Date} AND source = '${id}')`;

const table = (id: string) => pipelineSourceOf(id).table;

/** The civil registry, one row per person, built once: people and every conflict rule read it. */
export const REGISTRY = `CREATE TABLE work_registry ENGINE = Memory AS
SELECT person_id, any(key_version) AS key_version, any(birth_date) AS birth_date,
  any(sex) AS sex, any(citizenship) AS citizenship, any(death_date) AS death_date
FROM src_civil_registry WHERE snapshot_date = ${sourceDate("civil-registry")}
GROUP BY person_id`;

// Permanent registration first, then the latest; address keys are pseudonyms of dwellings.
const ADDRESS = `(SELECT person_id,
    argMax(kato, (registration_kind = 'постоянная', registered_on)) AS kato,
    argMax(address_key, (registration_kind = 'постоянная', registered_on)) AS address_key
  FROM src_addresses WHERE snapshot_date = ${sourceDate("addresses")} GROUP BY person_id)`;

export const WORK_TABLES = [
  "work_registry",
  "work_people",
  "work_couples",
  "work_children",
] as const;

/** Living people with their registered address and age on the snapshot date. */
export const PEOPLE = `CREATE TABLE work_people ENGINE = MergeTree ORDER BY person_id AS
SELECT r.person_id AS person_id, r.key_version AS key_version, r.birth_date AS birth_date,
  r.sex AS sex, r.citizenship AS citizenship, a.kato AS district_kato,
  a.address_key AS address_key, age('year', r.birth_date, toDate32({snapshot_date:Date})) AS age
FROM work_registry AS r LEFT JOIN ${ADDRESS} AS a ON a.person_id = r.person_id
WHERE r.death_date IS NULL OR r.death_date > {snapshot_date:Date}`;

/** Spouses whose last act is a marriage, both living at the same dwelling; both directions. */
export const COUPLES = `CREATE TABLE work_couples ENGINE = MergeTree ORDER BY person_id AS
SELECT pair.1 AS person_id, pair.2 AS partner_id FROM (
  SELECT arrayJoin([(h.person_id, w.person_id), (w.person_id, h.person_id)]) AS pair
  FROM (
    SELECT child_or_husband_id AS husband, mother_or_wife_id AS wife FROM src_civil_status_acts
    WHERE snapshot_date = ${sourceDate("civil-status-acts")} AND act_type IN ('02', '03')
    GROUP BY husband, wife HAVING argMax(act_type, (registered_on, row_number)) = '02'
  ) AS m
  INNER JOIN work_people AS h ON h.person_id = m.husband
  INNER JOIN work_people AS w ON w.person_id = m.wife
  WHERE h.address_key = w.address_key AND h.address_key != ''
)`;

/** Minors, and students under 23, living at the dwelling of a parent: mother first. */
export const CHILDREN = `CREATE TABLE work_children ENGINE = MergeTree ORDER BY person_id AS
SELECT c.person_id AS person_id,
  if(m.person_id != '' AND m.address_key = c.address_key, m.person_id, f.person_id) AS parent_id
FROM (
  SELECT child_or_husband_id AS child, any(mother_or_wife_id) AS mother,
    any(ifNull(father_id, '')) AS father
  FROM src_civil_status_acts
  WHERE snapshot_date = ${sourceDate("civil-status-acts")} AND act_type = '01' GROUP BY child
) AS b
INNER JOIN work_people AS c ON c.person_id = b.child
LEFT JOIN work_people AS m ON m.person_id = b.mother
LEFT JOIN work_people AS f ON f.person_id = b.father
WHERE c.address_key != ''
  AND (c.age < 18 OR (c.age < 23 AND c.person_id IN (
    SELECT person_id FROM ${table("higher-education")}
    WHERE snapshot_date = ${sourceDate("higher-education")})))
  AND ((m.person_id != '' AND m.address_key = c.address_key)
    OR (f.person_id != '' AND f.address_key = c.address_key))`;

const PARTNER =
  "(SELECT person_id, any(partner_id) AS partner_id FROM work_couples GROUP BY person_id)";

/**
 * Every living person with their family. A family is keyed by its anchor, the smaller
 * pseudonym of a couple or the single adult, so its id stays the same from one snapshot to the
 * next while the anchor is alive and its couple unchanged.
 */
export const PERSONS = `INSERT INTO persons
SELECT {snapshot_date:Date}, p.person_id, p.key_version,
  lower(hex(substring(SHA256(concat('family:', anchor)), 1, 12))) AS family_id,
  multiIf(ch.parent_id != '', 'child', anchor = p.person_id, 'head', 'spouse') AS relation,
  p.birth_date, if(p.sex = 'М', 'male', 'female'), p.citizenship,
  if(p.district_kato = '', '', concat('KZ-', substring(p.district_kato, 1, 2))),
  p.district_kato, p.address_key
FROM (
  SELECT p.*, ch.parent_id AS parent_id,
    if(ch.parent_id != '',
      if(pp.partner_id != '', least(ch.parent_id, pp.partner_id), ch.parent_id),
      if(cp.partner_id != '', least(p.person_id, cp.partner_id), p.person_id)) AS anchor
  FROM work_people AS p
  LEFT JOIN work_children AS ch ON ch.person_id = p.person_id
  LEFT JOIN ${PARTNER} AS cp ON cp.person_id = p.person_id
  LEFT JOIN ${PARTNER} AS pp ON pp.person_id = ch.parent_id
) AS p
LEFT JOIN work_children AS ch ON ch.person_id = p.person_id`;

export const FAMILIES = `INSERT INTO families
SELECT {snapshot_date:Date}, family_id, argMax(person_id, relation = 'head'),
  argMax(region_code, relation = 'head'), argMax(district_kato, relation = 'head'),
  count(), countIf(relation != 'child'), countIf(relation = 'child')
FROM persons WHERE snapshot_date = {snapshot_date:Date} GROUP BY family_id`;

export function conflictInserts(): string[] {
  return CONFLICT_RULES.map(
    (rule) => `INSERT INTO conflicts
SELECT {snapshot_date:Date}, {run_id:String}, '${rule.source}', s.file, s.row_number, '${rule.kind}'
FROM ${table(rule.source)} AS s INNER JOIN work_registry AS r ON r.person_id = s.${rule.person}
WHERE s.snapshot_date = ${sourceDate(rule.source)} AND ${rule.when}`,
  );
}
