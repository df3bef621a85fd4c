import { describe, expect, it } from "vitest";
import { serviceOf } from "../services";
import { evidenceRows } from "./case-view";
import { worklistHref } from "./worklist-filters";

describe("the evidence of a case", () => {
  it("shows each condition with its value, its words and its source registries", () => {
    const service = serviceOf("job-loss");
    const evidence = { lost_job_on: "2026-11-20", employed: "false", insured_income: "310200" };
    const rows = evidenceRows(service, { evidence, snapshotDate: new Date("2026-12-04") });

    expect(rows.map((row) => row.id)).toEqual(service.evidence.map((e) => e.id));
    const lost = rows.find((row) => row.id === "lost_job_on")!;
    expect(lost.value).toBe("2026-11-20");
    expect(lost.condition).toBe("not after 2026-12-04 and at most 180 days before it");
    expect(lost.sources.length).toBeGreaterThan(0);
    expect(rows.find((row) => row.id === "insured_income")?.value).toBe("310,200");
  });

  it("shows a dash for a value the case does not hold", () => {
    const rows = evidenceRows(serviceOf("job-loss"), {
      evidence: {},
      snapshotDate: new Date("2026-12-04"),
    });

    expect(rows.every((row) => row.value === "—")).toBe(true);
  });
});

describe("worklist links", () => {
  it("keep the view and filters in the URL", () => {
    expect(worklistHref({ view: "team", state: "in_review", overdue: true }, "0.1.x")).toBe(
      "/cases?view=team&state=in_review&overdue=true&after=0.1.x",
    );
    expect(worklistHref({})).toBe("/cases");
  });
});
