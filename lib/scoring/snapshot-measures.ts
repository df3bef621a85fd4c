import type { LakeClient } from "../clickhouse/client";
import type { Db } from "../db/client";
import { configVersion } from "./config/store";
import {
  addSums,
  contributions,
  districtSums,
  groupMeasures,
  noSums,
  type GroupMeasures,
} from "./measures";

export type SnapshotMeasures = {
  version: number;
  national: GroupMeasures;
  regions: (GroupMeasures & { code: string })[];
  districts: (GroupMeasures & { kato: string; region: string })[];
} & ReturnType<typeof contributions>;

/**
 * The Alkire-Foster measures of a scored snapshot under the version that scored it: national,
 * by region and by district (population shares that add up to the national M0 and H), and the
 * contribution of every indicator and dimension. Null before anything is scored.
 */
export async function snapshotMeasures(
  lake: LakeClient,
  db: Db,
  snapshotDate: string,
): Promise<SnapshotMeasures | null> {
  const result = await lake.query({
    query: `SELECT any(config_version) AS version FROM family_scores
            WHERE snapshot_date = {snapshot_date:Date} HAVING count() > 0`,
    query_params: { snapshot_date: snapshotDate },
    format: "JSONEachRow",
  });
  const [row] = await result.json<{ version: number }>();
  const version = row && (await configVersion(db, row.version));
  if (!version) return null;

  const districts = await districtSums(lake, snapshotDate);
  const national = districts.reduce((sum, d) => addSums(sum, d.sums), noSums());
  const regions = new Map<string, ReturnType<typeof noSums>>();
  for (const d of districts)
    regions.set(d.region, addSums(regions.get(d.region) ?? noSums(), d.sums));
  const den = version.config.denominator;

  return {
    version: version.version,
    national: groupMeasures(national, national, den),
    regions: [...regions].map(([code, sums]) => ({
      code,
      ...groupMeasures(sums, national, den),
    })),
    districts: districts.map((d) => ({
      kato: d.district,
      region: d.region,
      ...groupMeasures(d.sums, national, den),
    })),
    ...contributions(national, version.config),
  };
}
