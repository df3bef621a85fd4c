import type { LakeClient } from "../lib/clickhouse/client";

/** Every table of the lake with a fingerprint of its content, leaving out run ids and times. */
export async function lakeFingerprint(lake: LakeClient): Promise<Record<string, string>> {
  const columns = await lake.query({
    query: `SELECT table, groupArray(name) AS names FROM system.columns
            WHERE database = currentDatabase() AND table NOT LIKE 'work_%'
              AND table != 'schema_migrations'
              AND name NOT IN ('run_id', 'recorded_at', 'published_at')
            GROUP BY table ORDER BY table`,
    format: "JSONEachRow",
  });
  const fingerprint: Record<string, string> = {};
  for (const { table, names } of await columns.json<{ table: string; names: string[] }>()) {
    const list = names.map((name) => `\`${name}\``).join(", ");
    const result = await lake.query({
      query: `SELECT toString(count()) AS rows, toString(groupBitXor(cityHash64(${list}))) AS hash
              FROM ${table} SETTINGS final = 1`,
      format: "JSONEachRow",
    });
    const [row] = await result.json<{ rows: string; hash: string }>();
    fingerprint[table] = `${row?.rows}:${row?.hash}`;
  }
  return fingerprint;
}

/** Every String column of every lake table, for scans that personal data never arrived. */
export async function stringColumns(lake: LakeClient): Promise<{ table: string; name: string }[]> {
  const result = await lake.query({
    query: `SELECT table, name FROM system.columns
            WHERE database = currentDatabase() AND type LIKE '%String%'`,
    format: "JSONEachRow",
  });
  return result.json<{ table: string; name: string }>();
}
