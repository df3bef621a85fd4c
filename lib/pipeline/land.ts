import fs from "node:fs";
import path from "node:path";
import type { LakeClient } from "../clickhouse/client";
import { log } from "../log";
import { checkFiles, deliveryChecksum, DeliveryRejected, readManifest } from "./manifest";
import { inParallel } from "./in-parallel";
import { landingDir, writeLandingPlan, type LandedDelivery } from "./landing-plan";
import { PIPELINE_SOURCES, type PipelineSource } from "./sources";
import type { Stage, StageContext } from "./stage";

type Verdict = "loaded" | "rejected" | "duplicate" | "missing";
type DeliveryRecord = { source: string; batch: string; status: Verdict; reason: string };

async function alreadyLoadedOn(
  lake: LakeClient,
  source: string,
  checksum: string,
  snapshotDate: string,
): Promise<string | null> {
  const result = await lake.query({
    query: `SELECT toString(snapshot_date) AS day FROM deliveries FINAL
            WHERE source = {source:String} AND checksum = {checksum:String}
              AND status = 'loaded' AND snapshot_date != {snapshot_date:Date}
            ORDER BY snapshot_date DESC LIMIT 1`,
    query_params: { source, checksum, snapshot_date: snapshotDate },
    format: "JSONEachRow",
  });
  const rows = await result.json<{ day: string }>();
  return rows[0]?.day ?? null;
}

function extraBatches(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "manifest.json")),
    )
    .map((entry) => entry.name)
    .sort();
}

async function landSource(
  context: StageContext,
  source: PipelineSource,
  landed: LandedDelivery[],
): Promise<DeliveryRecord[]> {
  const dir = path.join(landingDir(context.env.dataDir), source.id, context.snapshotDate);
  if (!fs.existsSync(dir)) {
    return [
      { source: source.id, batch: "1", status: "missing", reason: "no delivery for this date" },
    ];
  }

  const records: DeliveryRecord[] = [];
  let checksum = "";
  try {
    const manifest = readManifest(dir);
    if (manifest.source !== source.id || manifest.date !== context.snapshotDate) {
      throw new DeliveryRejected("the manifest names another source or date");
    }
    if (manifest.schemaVersion !== source.schema.version) {
      throw new DeliveryRejected(
        `schema version ${manifest.schemaVersion}, the catalogue knows ${source.schema.version}`,
      );
    }
    await checkFiles(dir, manifest);
    checksum = deliveryChecksum(manifest);

    const earlier = await alreadyLoadedOn(context.lake, source.id, checksum, context.snapshotDate);
    if (earlier) {
      const reason = `identical to the delivery of ${earlier}`;
      records.push({ source: source.id, batch: "1", status: "duplicate", reason });
    } else {
      landed.push({
        source: source.id,
        batch: "1",
        checksum,
        rowsExpected: manifest.rows,
        files: manifest.files.map((file) => ({ name: file.name, path: path.join(dir, file.name) })),
        ...(manifest.table
          ? { table: { database: manifest.table.database, name: manifest.table.name } }
          : {}),
      });
      records.push({ source: source.id, batch: "1", status: "loaded", reason: "" });
    }
  } catch (error) {
    if (!(error instanceof DeliveryRejected)) throw error;
    return [{ source: source.id, batch: "1", status: "rejected", reason: error.message }];
  }

  for (const batch of extraBatches(dir)) {
    const same = (() => {
      try {
        return deliveryChecksum(readManifest(path.join(dir, batch))) === checksum;
      } catch {
        return false;
      }
    })();
    records.push(
      same
        ? { source: source.id, batch, status: "duplicate", reason: "the same delivery sent again" }
        : { source: source.id, batch, status: "rejected", reason: "a second, different batch" },
    );
  }
  return records;
}

// A few deliveries at once: their files are read in libuv's pool while one is hashed.
const LAND_CONCURRENCY = 3;

/**
 * Land: finds each source's delivery for the snapshot date and checks it against its manifest.
 * A delivery that is missing, unreadable or does not match is rejected as a whole, and that
 * source keeps its previous snapshot; the run then ends partial.
 */
export const land: Stage = {
  name: "land",
  async run(context) {
    const landed: LandedDelivery[] = [];
    const bySource: DeliveryRecord[][] = [];
    let done = 0;
    await inParallel([...PIPELINE_SOURCES.entries()], LAND_CONCURRENCY, async ([i, source]) => {
      bySource[i] = await landSource(context, source, landed);
      await context.progress(++done / PIPELINE_SOURCES.length);
    });
    const records = bySource.flat();
    const order = PIPELINE_SOURCES.map((source) => source.id);
    landed.sort((a, b) => order.indexOf(a.source) - order.indexOf(b.source));

    writeLandingPlan(context.env.dataDir, context.runId, landed);
    await recordDeliveries(context, records, landed);
    await recordSourceDates(context, records);
    const failed = records.filter(
      (r) => r.batch === "1" && (r.status === "rejected" || r.status === "missing"),
    );
    for (const record of failed)
      log.warn({ source: record.source, reason: record.reason }, "delivery not loaded");

    const counts: Record<string, number> = { loaded: 0, rejected: 0, duplicate: 0, missing: 0 };
    for (const record of records) counts[record.status] = (counts[record.status] ?? 0) + 1;
    return { counts: { deliveries: counts }, failedSources: failed.map((r) => r.source) };
  },
};

async function recordDeliveries(
  context: StageContext,
  records: DeliveryRecord[],
  landed: LandedDelivery[],
): Promise<void> {
  const expected = new Map(landed.map((d) => [d.source, d]));
  await context.lake.insert({
    table: "deliveries",
    format: "JSONEachRow",
    values: records.map((record) => ({
      snapshot_date: context.snapshotDate,
      source: record.source,
      batch: record.batch,
      run_id: context.runId,
      status: record.status,
      reason: record.reason,
      rows_expected:
        record.status === "loaded" ? (expected.get(record.source)?.rowsExpected ?? 0) : 0,
      rows_read: 0,
      rows_loaded: 0,
      rows_quarantined: 0,
      checksum: record.status === "loaded" ? (expected.get(record.source)?.checksum ?? "") : "",
    })),
  });
}

/**
 * The delivery date each source contributes to this snapshot: its own when loaded; the earlier
 * identical delivery's when it was a duplicate; else the date it had in the last published
 * snapshot, so a source that failed alone keeps its previous snapshot.
 */
async function recordSourceDates(context: StageContext, records: DeliveryRecord[]) {
  const main = records.filter((record) => record.batch === "1");
  const values = [];
  for (const record of main) {
    const earlier = /identical to the delivery of (\d{4}-\d{2}-\d{2})/.exec(record.reason)?.[1];
    const sourceDate =
      record.status === "loaded"
        ? context.snapshotDate
        : (earlier ?? (await lastPublishedDate(context.lake, record.source, context.snapshotDate)));
    if (sourceDate) {
      values.push({
        snapshot_date: context.snapshotDate,
        source: record.source,
        source_date: sourceDate,
        run_id: context.runId,
      });
    }
  }
  await context.lake.insert({ table: "source_snapshots", values, format: "JSONEachRow" });
}

/** After land, a delivery withdrawn whole: its source falls back to its previous snapshot. */
export async function keepPreviousSnapshot(context: StageContext, source: string) {
  await context.lake.command({
    query: `ALTER TABLE source_snapshots DELETE WHERE snapshot_date = {snapshot_date:Date}
            AND source = {source:String} SETTINGS mutations_sync = 2`,
    query_params: { snapshot_date: context.snapshotDate, source },
  });
  const previous = await lastPublishedDate(context.lake, source, context.snapshotDate);
  if (!previous) return;

  await context.lake.insert({
    table: "source_snapshots",
    format: "JSONEachRow",
    values: [
      {
        snapshot_date: context.snapshotDate,
        source,
        source_date: previous,
        run_id: context.runId,
      },
    ],
  });
}

async function lastPublishedDate(lake: LakeClient, source: string, before: string) {
  const result = await lake.query({
    query: `SELECT toString(source_date) AS day FROM source_snapshots FINAL
            WHERE source = {source:String} AND snapshot_date < {before:Date}
              AND snapshot_date IN (SELECT snapshot_date FROM snapshots)
            ORDER BY snapshot_date DESC LIMIT 1`,
    query_params: { source, before },
    format: "JSONEachRow",
  });
  return (await result.json<{ day: string }>())[0]?.day ?? null;
}
