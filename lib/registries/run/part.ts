import fs from "node:fs";
import path from "node:path";
import { IinAllocator } from "../iin-allocator";
import type { Assignment } from "../model/benefits";
import { stateBenefits } from "../model/entitlements";
import { familyOn } from "../model/snapshot";
import type { SnapshotView } from "../schema/types";
import { SOURCES } from "../sources";
import { fileExtension } from "../writers";
import { TextFile } from "../writers/text-writer";
import { blockFamilies, partName, type Part, type RunConfig } from "./plan";
import type { PartResult } from "./results";
import { SourceSink } from "./sink";

export const PROGRESS_EVERY = 2000;

/** Where a part's file of a source is staged. */
export function stagedFile(config: RunConfig, sourceId: string, part: number, ext: string): string {
  return path.join(config.stagingDir, "landing", sourceId, config.date, `${partName(part)}.${ext}`);
}

export function stagedTruth(config: RunConfig, part: number): string {
  return path.join(config.stagingDir, "truth", `${partName(part)}.ndjson`);
}

/** Writes every source's file for one range of families. */
export function generatePart(
  config: RunConfig,
  part: Part,
  progress: (n: number) => void,
): PartResult {
  const truthFile = stagedTruth(config, part.index);
  fs.mkdirSync(path.dirname(truthFile), { recursive: true });
  const truth = new TextFile(truthFile, "utf-8");
  const sinks = SOURCES.map((source, i) => {
    const file = stagedFile(config, source.id, part.index, fileExtension(source));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return new SourceSink(source, i, file, truth, config.seed, config.defects);
  });

  const perBlock = blockFamilies(config);
  const blocks = Math.ceil(config.families / perBlock);
  let allocator: IinAllocator | null = null;
  for (let index = part.first; index < part.end; index++) {
    if (index % perBlock === 0 || allocator === null) {
      allocator = new IinAllocator(Math.floor(index / perBlock), blocks);
    }

    const family = familyOn(config.seed, index, config.day, allocator);
    let benefits: Assignment[] | null = null;
    const view: SnapshotView = {
      seed: config.seed,
      day: config.day,
      family,
      benefits: () => (benefits ??= stateBenefits(config.seed, family, config.day)),
    };
    SOURCES.forEach((source, i) => {
      const sink = sinks[i] as SourceSink;
      sink.begin(index);
      source.emit(view, (row) => sink.row(row, view));
    });
    if ((index - part.first + 1) % PROGRESS_EVERY === 0) progress(PROGRESS_EVERY);
  }

  progress((part.end - part.first) % PROGRESS_EVERY);
  const files = sinks.map((sink) => sink.close());
  truth.close();

  return { part: part.index, files };
}
