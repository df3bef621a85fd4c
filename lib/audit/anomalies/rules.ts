import type { Role } from "../../auth/roles";
import type { AnomalyKind } from "../../db/generated/enums";
import { daysBefore } from "./day-window";
import type { EvidenceOf } from "./evidence";
import type { AnomalyThresholds } from "./thresholds";

/** One user's audited reads on one UTC day (YYYY-MM-DD). */
export type DailyCount = {
  userId: string;
  role: Role;
  day: string;
  cardViews: number;
  outOfScopeHits: number;
};

type Decided<K extends AnomalyKind> = {
  kind: K;
  userId: string;
  evidence: Omit<EvidenceOf[K], "subjects">;
};

/** An alert the rules raise, with its evidence but before the sample of subjects is added. */
export type AlertDecision = {
  [K in AnomalyKind]: Decided<K>;
}[AnomalyKind];

/** The middle value, or the mean of the two middle ones; 0 for no values. */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);

  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The alerts of one day, from the per-user daily counts of that day and the baseline days
 * before it (a day missing from the counts is a day without reads):
 * - above usual: card views ≥ usualFactor × the user's own daily median over the baseline
 *   days, and ≥ minReads;
 * - above peers: card views ≥ peerFactor × the median of the other users of the same role
 *   who read cards that day, and ≥ minReads (no peers, no comparison);
 * - out of scope: refused reads outside the scope ≥ outOfScopeHits.
 */
export function decideAlerts(options: {
  counts: DailyCount[];
  day: string;
  thresholds: AnomalyThresholds;
}): AlertDecision[] {
  const { counts, day, thresholds: t } = options;
  const today = counts.filter((c) => c.day === day);
  const baselineDays = daysBefore(day, t.baselineDays);
  const viewsOn = new Map(counts.map((c) => [`${c.userId} ${c.day}`, c.cardViews]));
  const decisions: AlertDecision[] = [];

  for (const user of today) {
    const count = user.cardViews;
    const usual = median(baselineDays.map((d) => viewsOn.get(`${user.userId} ${d}`) ?? 0));
    const usualAt = Math.max(t.usualFactor * usual, t.minReads);
    if (count >= usualAt) {
      const evidence = {
        count,
        threshold: usualAt,
        baselineMedian: usual,
        baselineDays: t.baselineDays,
        factor: t.usualFactor,
        minReads: t.minReads,
      };
      decisions.push({ kind: "card_reads_above_usual", userId: user.userId, evidence });
    }

    const peers = today
      .filter((p) => p.role === user.role && p.userId !== user.userId && p.cardViews > 0)
      .map((p) => p.cardViews);
    const peerMedian = median(peers);
    const peersAt = Math.max(t.peerFactor * peerMedian, t.minReads);
    if (peers.length > 0 && count >= peersAt) {
      const evidence = {
        count,
        threshold: peersAt,
        peerMedian,
        peers: peers.length,
        factor: t.peerFactor,
        minReads: t.minReads,
      };
      decisions.push({ kind: "card_reads_above_peers", userId: user.userId, evidence });
    }

    if (user.outOfScopeHits >= t.outOfScopeHits) {
      const evidence = { count: user.outOfScopeHits, threshold: t.outOfScopeHits };
      decisions.push({ kind: "out_of_scope_hits", userId: user.userId, evidence });
    }
  }

  return decisions;
}
