import { describe, expect, it } from "vitest";
import { approvalSummary } from "./approval-summary";

const none = {
  approved: [],
  ownReview: [],
  noLongerEntitled: [],
  conflicts: [],
  notInReview: [],
  notFound: [],
};

describe("a bulk approval's summary", () => {
  it("says what happened to every chosen case, not only the approved ones", () => {
    const outcome = { ...none, approved: ["a", "b"], noLongerEntitled: ["c"], ownReview: ["d"] };

    expect(approvalSummary(outcome)).toEqual([
      "2 cases approved, awaiting notification.",
      "1 case no longer entitled in the latest snapshot: flagged, not approved.",
      "1 case recommended by you: another supervisor must decide.",
    ]);
  });

  it("says plainly when nothing was approved", () => {
    expect(approvalSummary({ ...none, conflicts: ["x"] })).toEqual([
      "0 cases approved, awaiting notification.",
      "1 case changed by someone else meanwhile: see how they stand now.",
    ]);
  });
});
