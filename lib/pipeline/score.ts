import { activeConfig } from "../scoring/config/store";
import { scoreSnapshot } from "../scoring/score-snapshot";
import type { Stage } from "./stage";

/**
 * Scores and classes: every family of the snapshot scored under the active scoring
 * configuration (Postgres), from the deprivations the indicators stage wrote. The dashboards
 * stage sums them next.
 */
export const score: Stage = {
  name: "score",
  async run(context) {
    const { lake, db, snapshotDate } = context;
    const active = await activeConfig(db);
    await scoreSnapshot(lake, snapshotDate, active);

    const result = await lake.query({
      query: `SELECT class, toUInt32(count()) AS families FROM family_scores
              WHERE snapshot_date = {snapshot_date:Date} GROUP BY class ORDER BY class`,
      query_params: { snapshot_date: snapshotDate },
      format: "JSONEachRow",
    });
    const byClass: Record<string, number> = {};
    for (const row of await result.json<{ class: string; families: number }>()) {
      byClass[`class ${row.class}`] = row.families;
    }
    return { counts: { config_version: active.version, families_by_class: byClass } };
  },
};
