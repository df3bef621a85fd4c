import type { LakeColumn, PipelineSource } from "../sources";

export type DeliveryFile = { name: string; path: string };

/** Where a database-served source's table is, for ClickHouse's postgresql() table function. */
export type SourceTable = {
  hostPort: string;
  database: string;
  table: string;
  user: string;
  password: string;
};

export type DeliveryRead = {
  sql: string;
  params: Record<string, string>;
  settings: Record<string, string | number>;
};

const quoteName = (name: string) => `\`${name.replaceAll("`", "\\`")}\``;
const structureOf = (names: string[]) => names.map((n) => `${n} Nullable(String)`).join(", ");

const tabbed = (source: PipelineSource) =>
  source.schema.format.kind === "csv" && source.schema.format.delimiter === "\t";

/** What every file read shares: which file, and the row's number in it (1-based data rows). */
const head = (file: number) =>
  `SELECT {name_${file}:String} AS file, _row_number + 1 AS row_number`;

const legacy = (source: PipelineSource) =>
  source.schema.format.kind === "csv" && source.schema.format.encoding === "windows-1251";

/**
 * A Windows-1251 file is read as it is: its delimiters, quotes and line ends are the same bytes
 * as in UTF-8, so it splits the same, and only the values that are read as words get re-encoded:
 * landed text, codes and booleans. Numbers, dates and IINs are ASCII when valid and fail their
 * check in either encoding; the names and addresses that never land are only checked for
 * presence and hashed, and equal bytes are equal text.
 */
function textValue(source: PipelineSource, lakeColumn: LakeColumn): string {
  const name = `c${lakeColumn.position}`;
  const words = ["text", "code", "bool"].includes(lakeColumn.column.type);
  if (!legacy(source) || lakeColumn.lake === null || !words) return name;

  return `convertCharset(${name}, 'windows-1251', 'UTF-8') AS ${name}`;
}

// ClickHouse's CSV reader refuses a tab delimiter; CustomSeparated with CSV quoting reads the
// same files, its header skipped by position.
function textFileRead(source: PipelineSource, file: number): string {
  const columns = source.columns.map((c) => `c${c.position}`);
  const values = source.columns.map((c) => textValue(source, c));
  const format = tabbed(source) ? "CustomSeparatedWithNames" : "CSV";
  const from = `file({path_${file}:String}, '${format}', '${structureOf(columns)}')`;
  return `${head(file)}, ${values.join(", ")} FROM ${from}`;
}

function jsonFileRead(source: PipelineSource, file: number): string {
  const names = source.columns.map((c) => quoteName(c.column.name));
  const structure = structureOf(names).replaceAll("'", "\\'");
  const columns = source.columns.map((c, i) => `${names[i]} AS c${c.position}`);
  return (
    `${head(file)}, ${columns.join(", ")} ` +
    `FROM file({path_${file}:String}, 'JSONEachRow', '${structure}')`
  );
}

/** Typed formats (Parquet, a database table) are read as they are and turned into text. */
const asText = (source: PipelineSource) =>
  source.columns.map((c) => `toString(${quoteName(c.column.name)}) AS c${c.position}`).join(", ");

function parquetFileRead(source: PipelineSource, file: number): string {
  return `${head(file)}, ${asText(source)} FROM file({path_${file}:String}, 'Parquet')`;
}

function tableRead(source: PipelineSource): string {
  const from =
    "postgresql({pg_host:String}, {pg_database:String}, {pg_table:String}, " +
    "{pg_user:String}, {pg_password:String})";
  const head = "SELECT {pg_table:String} AS file, toUInt64(id) AS row_number";
  return `${head}, ${asText(source)} FROM ${from}`;
}

function fileRead(source: PipelineSource, file: number): string {
  const kind = source.schema.format.kind;
  if (kind === "csv") return textFileRead(source, file);
  if (kind === "ndjson") return jsonFileRead(source, file);
  return parquetFileRead(source, file);
}

function formatSettings(source: PipelineSource): Record<string, string | number> {
  const format = source.schema.format;
  if (format.kind !== "csv") {
    return {
      input_format_json_read_numbers_as_strings: 1,
      input_format_json_read_bools_as_strings: 1,
    };
  }
  if (!tabbed(source)) {
    return { format_csv_delimiter: format.delimiter, input_format_csv_skip_first_lines: 1 };
  }
  return {
    format_custom_escaping_rule: "CSV",
    format_custom_field_delimiter: "\t",
    format_custom_row_after_delimiter: format.lineEnding,
    input_format_with_names_use_header: 0,
  };
}

/**
 * Every row of a delivery as text columns c<position>, with its file and row number, and
 * `row_hash`, a hash of its content by which staging finds repeated rows. ClickHouse reads the
 * files itself; nothing passes row by row through Node.
 */
export function readDelivery(
  source: PipelineSource,
  delivery: { files: DeliveryFile[]; table?: SourceTable },
): DeliveryRead {
  const params: Record<string, string> = {};
  const parts = delivery.files.map((file, i) => {
    params[`path_${i}`] = file.path;
    params[`name_${i}`] = file.name;
    return fileRead(source, i);
  });
  if (delivery.table) {
    const { hostPort, database, table, user, password } = delivery.table;
    Object.assign(params, {
      pg_host: hostPort,
      pg_database: database,
      pg_table: table,
      pg_user: user,
      pg_password: password,
    });
    parts.push(tableRead(source));
  }

  // A 128-bit hash of the row's content stands for the content: cheaper to group by than
  // every column, and no collision is to be expected among billions of rows. xxh3_128 hashes
  // each column apart, as sipHash128 does, at a fifth of its cost.
  const content = source.columns.map((c) => `ifNull(c${c.position}, '')`).join(", ");
  const sql = `SELECT *, xxh3_128(${content}) AS row_hash FROM (${parts.join(" UNION ALL ")})`;
  // Short-circuit evaluation would compute each shared date or number once per check.
  const settings = { ...formatSettings(source), short_circuit_function_evaluation: "disable" };
  return { sql, params, settings };
}
