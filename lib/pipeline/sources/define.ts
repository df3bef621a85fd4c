import type { Column, Source } from "../../registries/schema/types";

/** How one column of a delivery lands in the lake. */
export type LakeColumn = {
  column: Column;
  /** Position in the delivery (CSV field, JSON key order, table column). */
  position: number;
  /** The lake's English name; personal columns other than IINs have none: they never land. */
  lake: string | null;
  /** Replaced by a keyed pseudonym like an IIN: identifiers that point at a dwelling. */
  pseudonymised: boolean;
};

/**
 * A source as the pipeline knows it: the delivery's schema (shared with the generator, which
 * writes deliveries to it), the lake table its clean rows go to, and the lake name of every
 * column that may enter the lake. IIN columns become pseudonyms under their lake name; names,
 * phone numbers and street addresses have no lake name and are never read into the lake.
 */
export type PipelineSource = {
  id: string;
  schema: Source;
  table: string;
  columns: LakeColumn[];
};

const LAKE_NAME = /^[a-z][a-z0-9_]*$/;

export function pipelineSource(
  schema: Source,
  names: Record<string, string> = {},
  pseudonymised: readonly string[] = [],
): PipelineSource {
  const columns = schema.columns.map((column, position) => {
    const personal = column.personal && column.personal !== "iin";
    const lake = personal ? null : (names[column.name] ?? column.name);
    if (lake !== null && !LAKE_NAME.test(lake)) {
      throw new Error(`${schema.id}: column "${column.name}" needs an English lake name`);
    }
    return { column, position, lake, pseudonymised: pseudonymised.includes(column.name) };
  });

  return { id: schema.id, schema, table: `src_${schema.id.replaceAll("-", "_")}`, columns };
}
