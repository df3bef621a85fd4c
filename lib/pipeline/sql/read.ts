import type { PipelineSource } from "../sources";

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

// ClickHouse's CSV reader refuses a tab delimiter; CustomSeparated with CSV quoting reads the
// same files, its header skipped by position.
function textFileRead(source: PipelineSource, file: number): string {
  const columns = source.columns.map((c) => `c${c.position}`);
  const format = tabbed(source) ? "CustomSeparatedWithNames" : "CSV";
  const from = `file({path_${file}:String}, '${format}', '${structureOf(columns)}')`;
  return `${head(file)}, ${columns.join(", ")} FROM ${from}`;
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
 * `copy`: 1 for the first occurrence of a row's content, 2 and more for repeats. ClickHouse
 * reads the files itself; nothing passes row by row through Node.
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
  // every column, and no collision is to be expected among billions of rows.
  const content = source.columns.map((c) => `ifNull(c${c.position}, '')`).join(", ");
  const copy = `row_number() OVER (PARTITION BY sipHash128(${content}) ORDER BY file, row_number)`;
  const sql = `SELECT *, ${copy} AS copy FROM (${parts.join(" UNION ALL ")})`;
  // Short-circuit evaluation would compute each shared date or number once per check.
  const settings = { ...formatSettings(source), short_circuit_function_evaluation: "disable" };
  return { sql, params, settings };
}
