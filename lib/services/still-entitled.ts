import type { CaseToCheck, StillEntitled } from "../cases/entitlement";
import type { LakeClient } from "../clickhouse/client";
import { log } from "../log";
import { currentSnapshot } from "../pipeline/current-snapshot";

// The cases travel as bound array parameters; a ClickHouse server reads parameters from the
// URL, so a long list is asked in batches that keep each request well under its URI limit.
const BATCH = 2_000;

const key = (serviceId: string, subject: string) => JSON.stringify([serviceId, subject]);

/** The (service, subject) pairs of `cases` found in a snapshot's eligibility table. */
async function entitledPairs(
  lake: LakeClient,
  snapshotDate: string,
  cases: CaseToCheck[],
): Promise<Set<string>> {
  const result = await lake.query({
    query: `SELECT DISTINCT service_id, subject_id FROM eligibility
      WHERE snapshot_date = {snapshot_date:Date}
        AND (service_id, subject_id) IN (
          SELECT pair.1, pair.2
          FROM (SELECT arrayJoin(arrayZip({services:Array(String)}, {subjects:Array(String)}))
            AS pair))`,
    query_params: {
      snapshot_date: snapshotDate,
      services: cases.map((c) => c.serviceId),
      subjects: cases.map((c) => c.subject),
    },
    format: "JSONEachRow",
  });
  const rows = await result.json<{ service_id: string; subject_id: string }>();

  return new Set(rows.map((row) => key(row.service_id, row.subject_id)));
}

/**
 * Entitlement checked again against the lake: a case is still entitled when its service and
 * subject are in the eligibility table of the latest published snapshot (the one the portal
 * reads). Whatever cannot be confirmed is not entitled, so it is flagged rather than approved
 * or paid: before any snapshot is published nobody is, and a service the latest snapshot did
 * not run (a source missing) confirms nobody until a snapshot with its sources is published.
 */
export function stillEntitledInLake(lake: LakeClient): StillEntitled {
  return async (cases) => {
    if (cases.length === 0) return new Set();

    const snapshotDate = await currentSnapshot(lake);
    if (!snapshotDate) {
      log.warn({ cases: cases.length }, "no snapshot published: entitlement not confirmed");
      return new Set();
    }

    const entitled = new Set<string>();
    for (let start = 0; start < cases.length; start += BATCH) {
      const batch = cases.slice(start, start + BATCH);
      const found = await entitledPairs(lake, snapshotDate, batch);
      for (const c of batch) if (found.has(key(c.serviceId, c.subject))) entitled.add(c.id);
    }

    return entitled;
  };
}
