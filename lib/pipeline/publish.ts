import { log } from "../log";
import { snapshotsToDrop } from "./retention";
import { PIPELINE_SOURCES } from "./sources";
import type { Stage, StageContext } from "./stage";

const SNAPSHOT_TABLES = [
  "persons",
  "families",
  "conflicts",
  "quarantine",
  "family_indicators",
  "catalogue",
  "family_scores",
  "eligibility",
];

async function publishedDates(context: StageContext): Promise<string[]> {
  const result = await context.lake.query({
    query: "SELECT DISTINCT toString(snapshot_date) AS day FROM snapshots",
    format: "JSONEachRow",
  });
  return (await result.json<{ day: string }>()).map((row) => row.day);
}

/**
 * Drops snapshots past retention, keeping what a kept snapshot still reads: a source that
 * failed keeps serving an older delivery, so dates named in source_snapshots of kept snapshots
 * stay too.
 */
async function applyRetention(context: StageContext): Promise<string[]> {
  const drop = snapshotsToDrop(await publishedDates(context));
  if (drop.length === 0) return [];

  const stillUsed = await context.lake.query({
    query: `SELECT DISTINCT toString(source_date) AS day FROM source_snapshots FINAL
            WHERE snapshot_date NOT IN {drop:Array(Date)}`,
    query_params: { drop },
    format: "JSONEachRow",
  });
  const used = new Set((await stillUsed.json<{ day: string }>()).map((row) => row.day));
  const tables = [...SNAPSHOT_TABLES, ...PIPELINE_SOURCES.map((source) => source.table)];
  for (const day of drop) {
    for (const table of tables) {
      if (used.has(day) && table.startsWith("src_")) continue;
      await context.lake.command({ query: `ALTER TABLE ${table} DROP PARTITION '${day}'` });
    }
    await context.lake.command({
      query:
        "ALTER TABLE snapshots DELETE WHERE snapshot_date = {day:Date} SETTINGS mutations_sync = 2",
      query_params: { day },
    });
  }
  return drop;
}

/**
 * Publish: the new snapshot becomes the one the portal reads, in one step (one row in
 * `snapshots`), and only after every earlier stage succeeded; until then the portal reads the
 * previous one. Then snapshots past retention are dropped.
 */
export const publish: Stage = {
  name: "publish",
  async run(context) {
    const { lake, snapshotDate, runId } = context;
    const sizes = await lake.query({
      query: `SELECT
        (SELECT toUInt64(count()) FROM families WHERE snapshot_date = {d:Date}) AS families,
        (SELECT toUInt64(count()) FROM persons WHERE snapshot_date = {d:Date}) AS persons`,
      query_params: { d: snapshotDate },
      format: "JSONEachRow",
    });
    const [size] = await sizes.json<{ families: number; persons: number }>();
    await lake.insert({
      table: "snapshots",
      format: "JSONEachRow",
      values: [
        {
          snapshot_date: snapshotDate,
          run_id: runId,
          published_at: new Date().toISOString().replace("T", " ").replace("Z", ""),
          families: Number(size?.families ?? 0),
          persons: Number(size?.persons ?? 0),
        },
      ],
    });
    await context.progress(0.5);

    const dropped = await applyRetention(context);
    if (dropped.length) log.info({ dropped }, "snapshots past retention dropped");
    return { counts: { families: Number(size?.families ?? 0), droppedSnapshots: dropped.length } };
  },
};
