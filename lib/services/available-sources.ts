import type { LakeClient } from "../clickhouse/client";
import { serviceSources } from "./rule-sql";
import type { Service } from "./types";

/** Sources with a delivery (the snapshot's own or an earlier good one) for the snapshot. */
export async function availableSources(lake: LakeClient, snapshotDate: string) {
  const result = await lake.query({
    query: `SELECT source FROM source_snapshots FINAL WHERE snapshot_date = {snapshot_date:Date}`,
    query_params: { snapshot_date: snapshotDate },
    format: "JSONEachRow",
  });

  return new Set((await result.json<{ source: string }>()).map((row) => row.source));
}

/**
 * The sources a service reads that the snapshot lacks. A rule over a missing source would
 * read "no record" as "not entitled" (or, for the benefits registry, "not yet receiving"), so
 * such a service is not run at all.
 */
export function missingSources(service: Service, available: Set<string>): string[] {
  return serviceSources(service).filter((source) => !available.has(source));
}
