import { CONFLICT_RULES } from "./conflicts";
import { pipelineSourceOf } from "./sources";
import { parallelInsert } from "./sql/settings";

/** The delivery date a source contributes to the snapshot being built (see land). */
export const sourceDate = (id: string) =>
  `(SELECT source_date FROM source_snapshots FINAL
    WHERE snapshot_date = {snapshot_date:Date} AND source = '${id}')`;

const table = (id: string) => pipelineSourceOf(id).table;

/**
 * A pseudonym (32 hex characters) read as the 128-bit number it spells: persons are matched
 * and grouped by it, because hash tables of numbers build and probe at twice the speed of
 * strings. An empty pseudonym reads as 0, which no person has.
 */
const key = (pseudonym: string) => `reinterpretAsUInt128(unhex(${pseudonym}))`;

/**
 * A table of persons looked up by key from several joins, built once: a Join table keeps its
 * hash table, where every join with an ordinary table builds one again. It lives in memory
 * only (persistent = 0) and is dropped with the other work tables.
 */
const lookup = (name: string, kind: string, select: string) =>
  `CREATE TABLE ${name} ENGINE = Join(${kind}, key) SETTINGS persistent = 0 AS ${select}`;

export const WORK_TABLES = [
  "work_registry",
  "work_registry_lookup",
  "work_people",
  "work_people_lookup",
  "work_partners",
  "work_children",
] as const;

/**
 * The civil registry, one row per person (any one of a person's rows, as any() kept), built
 * once: people and every conflict rule read it. LIMIT 1 BY keeps whole rows at a fraction of
 * the cost of grouping with an aggregate per column.
 */
export const REGISTRY = `CREATE TABLE work_registry ENGINE = Memory AS
SELECT ${key("person_id")} AS key, person_id, key_version, birth_date, sex, citizenship, death_date
FROM src_civil_registry WHERE snapshot_date = ${sourceDate("civil-registry")}
LIMIT 1 BY key`;

export const REGISTRY_LOOKUP = lookup(
  "work_registry_lookup",
  "ALL, INNER",
  "SELECT key, birth_date, sex, death_date FROM work_registry",
);

// Permanent registration first, then the latest; address keys are pseudonyms of dwellings. The
// order is one number, the kind above the day (a day fits in 32 bits): argMax compares numbers
// far faster than tuples.
const REGISTRATION =
  "toInt64(registration_kind = 'постоянная') * 4294967296 + toInt32(registered_on)";
const ADDRESS = `(SELECT ${key("person_id")} AS key, argMax(kato, ${REGISTRATION}) AS kato,
    argMax(address_key, ${REGISTRATION}) AS address_key
  FROM src_addresses WHERE snapshot_date = ${sourceDate("addresses")} GROUP BY key)`;

/** Living people with their registered address and age on the snapshot date. */
export const PEOPLE = `CREATE TABLE work_people ENGINE = Memory AS
SELECT r.key AS key, r.person_id AS person_id, r.key_version AS key_version,
  r.birth_date AS birth_date, r.sex AS sex, r.citizenship AS citizenship,
  a.kato AS district_kato, a.address_key AS address_key,
  age('year', r.birth_date, toDate32({snapshot_date:Date})) AS age
FROM work_registry AS r LEFT JOIN ${ADDRESS} AS a ON a.key = r.key
WHERE r.death_date IS NULL OR r.death_date > {snapshot_date:Date}`;

export const PEOPLE_LOOKUP = lookup(
  "work_people_lookup",
  "ANY, LEFT",
  "SELECT key, person_id, address_key, age FROM work_people",
);

// The last act of a couple: the latest day, then the later row; one 128-bit number as above.
const ACT_ORDER =
  "toInt128(toInt32(registered_on)) * toInt128('18446744073709551616') + row_number";

/**
 * Spouses whose last act is a marriage, both living at the same dwelling: each spouse with the
 * other's pseudonym. A person with two such spouses keeps one (a Join table keeps one row).
 */
export const PARTNERS = lookup(
  "work_partners",
  "ANY, LEFT",
  `SELECT pair.1 AS key, pair.2 AS partner_id FROM (
  SELECT arrayJoin([(m.husband, w.person_id), (m.wife, h.person_id)]) AS pair
  FROM (
    SELECT ${key("child_or_husband_id")} AS husband, ${key("mother_or_wife_id")} AS wife
    FROM src_civil_status_acts
    WHERE snapshot_date = ${sourceDate("civil-status-acts")} AND act_type IN ('02', '03')
    GROUP BY husband, wife HAVING argMax(act_type, ${ACT_ORDER}) = '02'
  ) AS m
  ANY LEFT JOIN work_people_lookup AS h ON h.key = m.husband
  ANY LEFT JOIN work_people_lookup AS w ON w.key = m.wife
  WHERE h.person_id != '' AND w.person_id != ''
    AND h.address_key = w.address_key AND h.address_key != ''
)`,
);

/** Minors, and students under 23, living at the dwelling of a parent: mother first. */
export const CHILDREN = lookup(
  "work_children",
  "ANY, LEFT",
  `SELECT b.child AS key,
  if(m.person_id != '' AND m.address_key = c.address_key, m.person_id, f.person_id) AS parent_id
FROM (
  SELECT ${key("child_or_husband_id")} AS child, any(${key("mother_or_wife_id")}) AS mother,
    any(${key("ifNull(father_id, '')")}) AS father
  FROM src_civil_status_acts
  WHERE snapshot_date = ${sourceDate("civil-status-acts")} AND act_type = '01' GROUP BY child
) AS b
ANY LEFT JOIN work_people_lookup AS c ON c.key = b.child
ANY LEFT JOIN work_people_lookup AS m ON m.key = b.mother
ANY LEFT JOIN work_people_lookup AS f ON f.key = b.father
WHERE c.person_id != '' AND c.address_key != ''
  AND (c.age < 18 OR (c.age < 23 AND b.child IN (
    SELECT ${key("person_id")} FROM ${table("higher-education")}
    WHERE snapshot_date = ${sourceDate("higher-education")})))
  AND ((m.person_id != '' AND m.address_key = c.address_key)
    OR (f.person_id != '' AND f.address_key = c.address_key))`,
);

/**
 * Every living person with their family. A family is keyed by its anchor, the smaller
 * pseudonym of a couple or the single adult, so its id stays the same from one snapshot to the
 * next while the anchor is alive and its couple unchanged.
 */
export const PERSONS = `INSERT INTO persons
SELECT {snapshot_date:Date}, p.person_id, p.key_version,
  lower(hex(substring(SHA256(concat('family:', anchor)), 1, 12))) AS family_id,
  multiIf(p.parent_id != '', 'child', anchor = p.person_id, 'head', 'spouse') AS relation,
  p.birth_date, if(p.sex = 'М', 'male', 'female'), p.citizenship,
  if(p.district_kato = '', '', concat('KZ-', substring(p.district_kato, 1, 2))),
  p.district_kato, p.address_key
FROM (
  SELECT p.*, ch.parent_id AS parent_id,
    if(ch.parent_id != '',
      if(pp.partner_id != '', least(ch.parent_id, pp.partner_id), ch.parent_id),
      if(cp.partner_id != '', least(p.person_id, cp.partner_id), p.person_id)) AS anchor
  FROM work_people AS p
  ANY LEFT JOIN work_children AS ch ON ch.key = p.key
  ANY LEFT JOIN work_partners AS cp ON cp.key = p.key
  ANY LEFT JOIN work_partners AS pp ON pp.key = ${key("ch.parent_id")}
) AS p${parallelInsert()}`;

// The head first. A family whose anchor lives in another family (a married minor, counted as a
// child at a parent's) has none and takes the member with the smallest pseudonym, like an
// anchor, the same one on every run. One UInt256 holds both: argMax compares it far faster
// than a tuple. The pseudonym's bytes reversed read as a number in the pseudonym's own order.
const HEAD_FIRST = `bitOr(bitShiftLeft(toUInt256(relation = 'head'), 128),
  toUInt256(bitNot(reinterpretAsUInt128(reverse(unhex(person_id))))))`;

export const FAMILIES = `INSERT INTO families
SELECT {snapshot_date:Date}, family_id, argMax(person_id, rank),
  argMax(region_code, rank), argMax(district_kato, rank),
  count(), countIf(relation != 'child'), countIf(relation = 'child')
FROM (SELECT *, ${HEAD_FIRST} AS rank FROM persons WHERE snapshot_date = {snapshot_date:Date})
GROUP BY family_id${parallelInsert()}`;

export function conflictInserts(): string[] {
  return CONFLICT_RULES.map(
    (rule) => `INSERT INTO conflicts
SELECT {snapshot_date:Date}, {run_id:String}, '${rule.source}', s.file, s.row_number, '${rule.kind}'
FROM ${table(rule.source)} AS s
INNER JOIN work_registry_lookup AS r ON r.key = ${key(`s.${rule.person}`)}
WHERE s.snapshot_date = ${sourceDate(rule.source)} AND ${rule.when}`,
  );
}
