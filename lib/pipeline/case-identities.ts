import type { Personal } from "../registries/schema/types";
import { pseudonymSql } from "../identity/pseudonym";
import type { LandedDelivery } from "./landing-plan";
import { pipelineSourceOf, type PipelineSource } from "./sources";
import { readDelivery } from "./sql/read";
import { settingsClause } from "./sql/settings";

type IdentityPart = "name" | "phone" | "address";

/** The deliveries a case subject's identity is read from, and what each gives. */
const IDENTITY_SOURCES: Record<string, IdentityPart> = {
  "civil-registry": "name",
  "mobile-contacts": "phone",
  addresses: "address",
};

export type IdentityQuery = { sql: string; params: Record<string, string> };

const SEPARATOR: Record<IdentityPart, string> = { name: " ", phone: "", address: ", " };

function columnsOf(source: PipelineSource, kind: Personal) {
  return source.columns.filter((c) => c.column.personal === kind);
}

/** A personal column as text: Windows-1251 files are re-encoded, as staging does for words. */
function text(source: PipelineSource, position: number): string {
  const format = source.schema.format;
  const column = `trimBoth(coalesce(c${position}, ''))`;
  return format.kind === "csv" && format.encoding === "windows-1251"
    ? `convertCharset(${column}, 'windows-1251', 'UTF-8')`
    : column;
}

/**
 * One source's part of an identity: per person wanted, the value of its latest row in the
 * delivery. The IIN is pseudonymised in ClickHouse, so rows are matched to the lake's persons
 * without the raw IIN ever being written anywhere.
 */
function partSql(
  delivery: LandedDelivery,
  part: IdentityPart,
  index: number,
  query: { params: Record<string, string>; settings: Record<string, string | number> },
): string {
  const source = pipelineSourceOf(delivery.source);
  const read = readDelivery(source, { files: delivery.files });
  for (const [name, value] of Object.entries(read.params)) {
    query.params[`p${index}_${name}`] = value;
  }
  for (const [name, value] of Object.entries(read.settings)) {
    // The format settings apply to the whole query: the identity sources must agree on them.
    if (name in query.settings && query.settings[name] !== value) {
      throw new Error(`The identity sources need different values of ${name}`);
    }
    query.settings[name] = value;
  }
  const sql = read.sql.replace(/\{(path|name)_(\d+):String\}/g, `{p${index}_$1_$2:String}`);
  const iin = columnsOf(source, "iin")[0];
  if (!iin) throw new Error(`${source.id} has no IIN column to find identities by`);

  const values = columnsOf(source, part).map((c) => text(source, c.position));
  const value =
    `arrayStringConcat(arrayFilter(v -> v != '', [${values.join(", ")}]), ` +
    `'${SEPARATOR[part]}')`;
  const raw = `trimBoth(coalesce(c${iin.position}, ''))`;
  // The language the person chose for notifications travels with their phone number.
  const language = part === "phone" ? source.columns.find((c) => c.lake === "language") : null;
  const chosen = language ? text(source, language.position) : "''";
  const select = `SELECT ${pseudonymSql(raw)} AS person_id, ${raw} AS raw_iin,
      ${value} AS raw_value, ${chosen} AS raw_language, file, row_number FROM (${sql})`;

  return `SELECT person_id, argMax(raw_iin, (file, row_number)) AS iin,
      argMax(raw_value, (file, row_number)) AS ${part},
      argMax(raw_language, (file, row_number)) AS ${part}_language
    FROM (${select})
    WHERE person_id IN (SELECT person_id FROM wanted) AND length(raw_iin) = 12
    GROUP BY person_id`;
}

/**
 * The query that reads, for every subject entitled in a snapshot and not already receiving
 * the benefit, the recipient's name, IIN, phone and address from this run's deliveries (one
 * recipient per subject: a family's services may name different members, the vault keeps one
 * contact per family). Its
 * result goes straight into the identity vault and nowhere else. Null when the run has no
 * civil registry delivery: without a name and IIN there is no identity to keep. The subjects
 * are split into {buckets} by a hash, one query each, so that no answer holds a whole
 * country's identities at once.
 */
export function identityQuery(plan: LandedDelivery[]): IdentityQuery | null {
  const query = { params: {}, settings: {} };
  const parts = new Map<IdentityPart, string>();
  plan.forEach((delivery, index) => {
    const part = IDENTITY_SOURCES[delivery.source];
    if (part && !delivery.table) parts.set(part, partSql(delivery, part, index, query));
  });
  const names = parts.get("name");
  if (!names) return null;

  const join = (part: IdentityPart) => {
    const sql = parts.get(part);
    return sql ? `LEFT JOIN (${sql}) AS ${part}_part USING person_id` : "";
  };
  const column = (part: IdentityPart) => (parts.has(part) ? `${part}_part.${part}` : "''");
  const sql = `WITH wanted AS (
      SELECT subject_id, min(person_id) AS person_id FROM eligibility
      WHERE snapshot_date = {snapshot_date:Date} AND NOT already_receives
        AND cityHash64(subject_id) % {buckets:UInt32} = {bucket:UInt32}
      GROUP BY subject_id
    )
    SELECT w.subject_id AS subject, n.iin AS iin, n.name AS name,
      ${column("phone")} AS phone, ${column("address")} AS address,
      ${parts.has("phone") ? "phone_part.phone_language" : "''"} AS language
    FROM wanted AS w
    INNER JOIN (${names}) AS n USING person_id
    ${join("phone")}
    ${join("address")}
    ${settingsClause({ ...query.settings, join_use_nulls: 0 })}`;

  return { sql, params: query.params };
}
