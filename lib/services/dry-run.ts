import { ONE_BUCKET } from "../clickhouse/bucket";
import type { LakeClient } from "../clickhouse/client";
import { availableSources, missingSources } from "./available-sources";
import { familyFactsSelect } from "./facts/family-facts";
import { personFactsSelect } from "./facts/person-facts";
import { serviceOf } from "./index";
import { parseOverrides, ruleParams } from "./params";
import { ruleSql } from "./rule-sql";

export type RegionCount = { regionCode: string; entitled: number; alreadyReceiving: number };

export type DryRunResult = {
  serviceId: string;
  subject: "person" | "family";
  snapshotDate: string;
  /** The parameters the rule ran with: the service's own, with the analyst's changes. */
  params: Record<string, unknown>;
  /** Sources the snapshot lacks for this service: when any, nothing was counted. */
  missingSources: string[];
  entitled: number;
  alreadyReceiving: number;
  newCandidates: number;
  byRegion: RegionCount[];
};

/**
 * How many persons or families a service's rule would flag in a snapshot, by region, with
 * the analyst's parameter changes, writing nothing: the facts are subqueries of the one
 * query, not work tables. The overrides come from outside and are parsed against the
 * service's parameters.
 */
export async function dryRun(
  lake: LakeClient,
  snapshotDate: string,
  serviceId: string,
  overrides?: unknown,
): Promise<DryRunResult> {
  const service = serviceOf(serviceId);
  const params = ruleParams(service, snapshotDate, parseOverrides(service, overrides));
  const missing = missingSources(service, await availableSources(lake, snapshotDate));
  const base = { serviceId, subject: service.subject, snapshotDate, params };
  if (missing.length > 0) {
    const none = { entitled: 0, alreadyReceiving: 0, newCandidates: 0, byRegion: [] };
    return { ...base, missingSources: missing, ...none };
  }

  const persons = `(${personFactsSelect()})`;
  const rule = ruleSql(service, { persons, families: `(${familyFactsSelect(persons)})` });
  const result = await lake.query({
    query: `SELECT f.region_code AS region_code, toUInt32(count()) AS entitled,
        toUInt32(countIf(${rule.receives})) AS already_receiving
      FROM ${rule.from} WHERE ${rule.where}
      GROUP BY region_code ORDER BY region_code`,
    query_params: { ...params, ...ONE_BUCKET },
    format: "JSONEachRow",
  });
  type Row = { region_code: string; entitled: number; already_receiving: number };
  const byRegion = (await result.json<Row>()).map((row) => ({
    regionCode: row.region_code,
    entitled: row.entitled,
    alreadyReceiving: row.already_receiving,
  }));
  const entitled = byRegion.reduce((sum, row) => sum + row.entitled, 0);
  const alreadyReceiving = byRegion.reduce((sum, row) => sum + row.alreadyReceiving, 0);

  return {
    ...base,
    missingSources: [],
    entitled,
    alreadyReceiving,
    newCandidates: entitled - alreadyReceiving,
    byRegion,
  };
}
