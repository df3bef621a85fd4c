import fs from "node:fs";
import path from "node:path";
import { hash, unit } from "../rng";
import type { DefectConfig, DeliveryDefect } from "../defects/rates";
import type { Manifest } from "./manifest";
import { writeManifest } from "./manifest";

export const RESENT_FOLDER = "resent-1";

export type Truncation = { file: string; bytesKept: number; bytesSent: number };

/** The delivery defect of one source on one date, if any: truncation wins over a resend. */
export function deliveryDefect(
  config: DefectConfig,
  seed: number,
  sourceIndex: number,
  sourceId: string,
  day: number,
): DeliveryDefect | null {
  const drawn = (defect: DeliveryDefect, k: number) =>
    config.force[defect].includes(sourceId) ||
    unit(hash(seed, 5000 + sourceIndex, day, k)) < config.deliveries[defect];

  if (drawn("truncated_file", 1)) return "truncated_file";
  if (drawn("duplicate_delivery", 2)) return "duplicate_delivery";

  return null;
}

/**
 * Cuts one file of the delivery in the middle of a row, after its manifest was written: the row
 * count, size and checksum in the manifest no longer match, so the delivery must be rejected.
 */
export function truncate(
  dir: string,
  manifest: Manifest,
  seed: number,
  day: number,
): Truncation | null {
  const candidates = manifest.files.filter((f) => f.rows > 2 && f.bytes > 64);
  const target = candidates[hash(seed, day, 31) % Math.max(1, candidates.length)];
  if (!target) return null;

  const file = path.join(dir, target.name);
  let keep = Math.floor(target.bytes * (0.3 + 0.6 * unit(hash(seed, day, 32))));
  const fd = fs.openSync(file, "r");
  const byte = Buffer.alloc(1);
  for (;;) {
    fs.readSync(fd, byte, 0, 1, keep - 1);
    if (byte[0] !== 0x0a && byte[0] !== 0x0d) break;
    keep -= 1;
  }
  fs.closeSync(fd);
  fs.truncateSync(file, keep);

  return { file: target.name, bytesKept: keep, bytesSent: target.bytes };
}

/** The same delivery sent again as a second batch: identical files in resent-1/. */
export function resend(dir: string, manifest: Manifest): string {
  const copy = path.join(dir, RESENT_FOLDER);
  fs.mkdirSync(copy, { recursive: true });
  for (const file of manifest.files)
    fs.copyFileSync(path.join(dir, file.name), path.join(copy, file.name));
  writeManifest(copy, { ...manifest, batch: 2 });

  return RESENT_FOLDER;
}
