import type { PipelineSource } from "../sources";

/** The words a source uses for true and false: a CSV source's own, else JSON's. */
export function boolWords(source: PipelineSource): readonly [string, string] {
  const format = source.schema.format;
  return format.kind === "csv" ? format.bool : ["true", "false"];
}
