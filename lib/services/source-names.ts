import { pipelineSourceOf } from "../pipeline/sources";

/** A source registry's title, for the docs and the case page's evidence. */
export function sourceTitle(id: string): string {
  return pipelineSourceOf(id).schema.title;
}
