import type { Db } from "../../db/client";
import { log } from "../../log";
import { readDailyCounts } from "./daily-counts";
import { dayWindow, daysEarlier, type DayWindow } from "./day-window";
import { decideAlerts } from "./rules";
import { subjectSample } from "./subject-sample";
import type { AnomalyThresholds } from "./thresholds";

export type DetectionResult = { day: string; raised: number };

/**
 * Reads the audit log of one UTC day (by default the day `at` falls in, so far) and of the
 * baseline days before it, decides the alerts and writes those not raised yet. Idempotent:
 * an alert is unique by user, kind and window, so a second run raises nothing twice.
 */
export async function detectAnomalies(
  db: Db,
  options: { thresholds: AnomalyThresholds; at?: Date },
): Promise<DetectionResult> {
  const window = dayWindow(options.at ?? new Date());
  const from = daysEarlier(window, options.thresholds.baselineDays);
  const counts = await readDailyCounts(db, { from, to: window.to });
  const decisions = decideAlerts({ counts, day: window.day, thresholds: options.thresholds });

  const known = await raisedIn(db, window);
  const fresh = decisions.filter((d) => !known.has(`${d.userId} ${d.kind}`));
  if (fresh.length === 0) return { day: window.day, raised: 0 };

  const data = await Promise.all(
    fresh.map(async (decision) => ({
      kind: decision.kind,
      userId: decision.userId,
      windowFrom: window.from,
      windowTo: window.to,
      evidence: {
        ...decision.evidence,
        subjects: await subjectSample(db, { ...decision, window }),
      },
    })),
  );
  // Another process may have raised the same alerts a moment ago: the unique key decides.
  const { count } = await db.anomalyAlert.createMany({ data, skipDuplicates: true });
  if (count > 0) log.info({ day: window.day, raised: count }, "anomaly alerts raised");

  return { day: window.day, raised: count };
}

async function raisedIn(db: Db, window: DayWindow): Promise<Set<string>> {
  const rows = await db.anomalyAlert.findMany({
    where: { windowFrom: window.from, windowTo: window.to },
    select: { userId: true, kind: true },
  });

  return new Set(rows.map((row) => `${row.userId} ${row.kind}`));
}

/**
 * One round of detection: yesterday, whose last reads may have come after the previous
 * round, and today so far.
 */
export async function detectRecentAnomalies(
  db: Db,
  thresholds: AnomalyThresholds,
  now = new Date(),
): Promise<DetectionResult[]> {
  const yesterday = new Date(dayWindow(now).from.getTime() - 1);

  return [
    await detectAnomalies(db, { thresholds, at: yesterday }),
    await detectAnomalies(db, { thresholds, at: now }),
  ];
}
