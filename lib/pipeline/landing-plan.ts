import fs from "node:fs";
import path from "node:path";
import type { DeliveryFile } from "./sql/read";

/** A delivery that passed its manifest check and is to be read into the lake. */
export type LandedDelivery = {
  source: string;
  batch: string;
  checksum: string;
  rowsExpected: number;
  files: DeliveryFile[];
  /** For a database-served source: the database and table (credentials come from settings). */
  table?: { database: string; name: string };
};

export function workDir(dataDir: string, runId: string): string {
  return path.join(dataDir, "work", runId);
}

const planFile = (dataDir: string, runId: string) =>
  path.join(workDir(dataDir, runId), "landed.json");

export function writeLandingPlan(dataDir: string, runId: string, plan: LandedDelivery[]): void {
  fs.mkdirSync(workDir(dataDir, runId), { recursive: true, mode: 0o700 });
  fs.writeFileSync(planFile(dataDir, runId), JSON.stringify(plan, null, 2), { mode: 0o600 });
}

export function readLandingPlan(dataDir: string, runId: string): LandedDelivery[] {
  return JSON.parse(fs.readFileSync(planFile(dataDir, runId), "utf8")) as LandedDelivery[];
}

export function landingDir(dataDir: string): string {
  return path.join(dataDir, "landing");
}
