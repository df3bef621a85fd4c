import type { LandedDelivery } from "./landing-plan";
import type { StageContext } from "./stage";

export type DeliveryOutcome = {
  status: "loaded" | "rejected";
  reason: string;
  read: number;
  loaded: number;
  quarantined: number;
};

/**
 * Brings a landed delivery's row in `deliveries` up to date once its rows are counted: a newer
 * row replaces the one land wrote (the table keeps the latest per source and batch).
 */
export async function updateDelivery(
  context: StageContext,
  delivery: LandedDelivery,
  outcome: DeliveryOutcome,
): Promise<void> {
  await context.lake.insert({
    table: "deliveries",
    format: "JSONEachRow",
    values: [
      {
        snapshot_date: context.snapshotDate,
        source: delivery.source,
        batch: delivery.batch,
        run_id: context.runId,
        status: outcome.status,
        reason: outcome.reason,
        rows_expected: delivery.rowsExpected,
        rows_read: outcome.read,
        rows_loaded: outcome.loaded,
        rows_quarantined: outcome.quarantined,
        checksum: delivery.checksum,
      },
    ],
  });
}
