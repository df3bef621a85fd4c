import { describe, expect, it } from "vitest";
import type { Role } from "../../auth/roles";
import { daysBefore } from "./day-window";
import { decideAlerts, median, type DailyCount } from "./rules";
import type { AnomalyThresholds } from "./thresholds";

const DAY = "2026-12-05";
const T: AnomalyThresholds = {
  usualFactor: 3,
  baselineDays: 14,
  minReads: 50,
  peerFactor: 5,
  outOfScopeHits: 5,
};

type Reader = { userId: string; role?: Role; today?: number; usual?: number; outOfScope?: number };

/** Daily counts of readers: `today` card views on DAY, `usual` on each of the 14 days before. */
function countsOf(...readers: Reader[]): DailyCount[] {
  return readers.flatMap(({ userId, role = "social_worker", today = 0, usual, outOfScope }) => [
    { userId, role, day: DAY, cardViews: today, outOfScopeHits: outOfScope ?? 0 },
    ...(usual === undefined ? [] : daysBefore(DAY, 14)).map((day) => ({
      userId,
      role,
      day,
      cardViews: usual ?? 0,
      outOfScopeHits: 0,
    })),
  ]);
}

const decide = (counts: DailyCount[], thresholds = T) =>
  decideAlerts({ counts, day: DAY, thresholds });
const kinds = (counts: DailyCount[]) => decide(counts).map((d) => `${d.userId} ${d.kind}`);

describe("median", () => {
  it("is the middle value, the mean of the two middle ones, or 0 for none", () => {
    expect(median([7, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBe(0);
  });
});

describe("card reads above usual", () => {
  it("raises at usualFactor × the user's daily median, not one read below", () => {
    const at = decide(countsOf({ userId: "w1", today: 60, usual: 20 }));
    const below = decide(countsOf({ userId: "w1", today: 59, usual: 20 }));

    expect(at).toEqual([
      {
        kind: "card_reads_above_usual",
        userId: "w1",
        evidence: {
          count: 60,
          threshold: 60,
          baselineMedian: 20,
          baselineDays: 14,
          factor: 3,
          minReads: 50,
        },
      },
    ]);
    expect(below).toEqual([]);
  });

  it("needs at least minReads however small the usual is", () => {
    expect(kinds(countsOf({ userId: "w1", today: 50, usual: 10 }))).toEqual([
      "w1 card_reads_above_usual",
    ]);
    expect(kinds(countsOf({ userId: "w1", today: 49, usual: 10 }))).toEqual([]);
  });

  it("counts a baseline day without reads as zero", () => {
    const busy = daysBefore(DAY, 7).map((day) => ({
      userId: "w1",
      role: "social_worker" as const,
      day,
      cardViews: 40,
      outOfScopeHits: 0,
    }));
    const today = (cardViews: number) => [
      ...busy,
      { userId: "w1", role: "social_worker" as const, day: DAY, cardViews, outOfScopeHits: 0 },
    ];

    // Seven days of 40 and seven of none: the median is 20, the threshold 60.
    expect(decide(today(60)).map((d) => d.evidence)).toMatchObject([{ baselineMedian: 20 }]);
    expect(decide(today(59))).toEqual([]);
  });
});

describe("card reads above peers", () => {
  const peers = [
    { userId: "w2", today: 10 },
    { userId: "w3", today: 12 },
    { userId: "w4", today: 14 },
    { userId: "s1", role: "supervisor" as const, today: 1 },
    { userId: "w5", today: 0, outOfScope: 1 },
  ];

  it("raises at peerFactor × the median of the role's other readers, not one read below", () => {
    const at = decide(countsOf({ userId: "w1", today: 60, usual: 100 }, ...peers));
    const below = decide(countsOf({ userId: "w1", today: 59, usual: 100 }, ...peers));

    expect(at).toEqual([
      {
        kind: "card_reads_above_peers",
        userId: "w1",
        evidence: { count: 60, threshold: 60, peerMedian: 12, peers: 3, factor: 5, minReads: 50 },
      },
    ]);
    expect(below).toEqual([]);
  });

  it("needs at least minReads however little the peers read", () => {
    const few = [
      { userId: "w2", today: 4 },
      { userId: "w3", today: 6 },
    ];

    expect(kinds(countsOf({ userId: "w1", today: 50, usual: 100 }, ...few))).toEqual([
      "w1 card_reads_above_peers",
    ]);
    expect(kinds(countsOf({ userId: "w1", today: 49, usual: 100 }, ...few))).toEqual([]);
  });

  it("compares nobody without peers of the same role", () => {
    const alone = countsOf(
      { userId: "w1", today: 500, usual: 200 },
      { userId: "s1", role: "supervisor", today: 1 },
    );

    expect(kinds(alone)).toEqual([]);
  });
});

describe("out-of-scope hits", () => {
  it("raises at outOfScopeHits refused reads in the window, not one below", () => {
    expect(decide(countsOf({ userId: "w1", outOfScope: 5 }))).toEqual([
      { kind: "out_of_scope_hits", userId: "w1", evidence: { count: 5, threshold: 5 } },
    ]);
    expect(decide(countsOf({ userId: "w1", outOfScope: 4 }))).toEqual([]);
  });

  it("follows the configured thresholds", () => {
    const strict = { ...T, outOfScopeHits: 2, minReads: 10, usualFactor: 2 };

    const counts = countsOf({ userId: "w1", outOfScope: 2, today: 10, usual: 5 });

    expect(decide(counts).map((d) => d.kind)).toEqual([]);
    expect(decide(counts, strict).map((d) => d.kind)).toEqual([
      "card_reads_above_usual",
      "out_of_scope_hits",
    ]);
  });
});

describe("the window", () => {
  it("judges only the window's day: a busy baseline day raises nothing itself", () => {
    const counts = [
      ...countsOf({ userId: "w1", today: 1 }),
      {
        userId: "w1",
        role: "social_worker" as const,
        day: "2026-12-04",
        cardViews: 900,
        outOfScopeHits: 40,
      },
    ];

    expect(decide(counts)).toEqual([]);
  });
});
