import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lakeFingerprint } from "../../test/lake";
import type { LakeClient } from "../clickhouse/client";
import { dryRunRequest } from "./dry-run-request";
import {
  ASTANA,
  bornYearsAgo,
  LakeRows,
  openTestLake,
  shift,
  type Place,
} from "./testing/lake-rows";

const DAY = "2026-03-10";
const ALMATY: Place = { region: "KZ-75", district: "751410000" };
let lake: LakeClient;
let close: () => Promise<void>;

/** A mother at home with `children` children under 18, each with a birth act naming her. */
function family(rows: LakeRows, id: string, children: number, place: Place) {
  const kids = Array.from({ length: children }, (_, i) => ({
    id: `${id}-c${i + 1}`,
    birth: bornYearsAgo(DAY, 2 + 2 * i, 10),
  }));
  rows.family(id, [{ id, birth: bornYearsAgo(DAY, 40) }, ...kids], place);
  for (const kid of kids) rows.birth(id, kid.id, kid.birth);
}

beforeAll(async () => {
  ({ lake, close } = await openTestLake("portal-dry-run-request-"));
  const rows = new LakeRows(DAY);
  family(rows, "astana-four", 4, ASTANA);
  family(rows, "astana-five", 5, ASTANA);
  family(rows, "almaty-five", 5, ALMATY);
  family(rows, "almaty-three", 3, ALMATY);
  rows.benefit("astana-five", "LARGE_FAMILY", shift(DAY, -400));
  await rows.write(lake);
}, 120_000);

afterAll(async () => {
  await close();
});

const publish = () =>
  lake.insert({
    table: "snapshots",
    values: [{ snapshot_date: DAY, run_id: "test", published_at: `${DAY} 06:00:00` }],
    format: "JSONEachRow",
  });

describe("a dry run asked from the form", () => {
  it("says that nothing can run before a snapshot is published", async () => {
    const outcome = await dryRunRequest(lake, { serviceId: "large-family" });

    expect(outcome).toEqual({
      ok: false,
      error: "No snapshot has been published yet: sync first.",
      fieldErrors: {},
    });
  });

  it("counts by region who would be flagged and who already receives it", async () => {
    await publish();

    const outcome = await dryRunRequest(lake, { serviceId: "large-family" });

    expect(outcome.ok && outcome.result).toMatchObject({
      snapshotDate: DAY,
      entitled: 3,
      alreadyReceiving: 1,
      newCandidates: 2,
      byRegion: [
        { regionCode: "KZ-71", entitled: 2, alreadyReceiving: 1 },
        { regionCode: "KZ-75", entitled: 1, alreadyReceiving: 0 },
      ],
    });
  });

  it("runs with the analyst's changed threshold and writes nothing to the lake", async () => {
    const before = await lakeFingerprint(lake);

    const outcome = await dryRunRequest(lake, {
      serviceId: "large-family",
      values: { min_children: "5", amount_mrp: "" },
    });

    expect(outcome.ok && outcome.result.params).toMatchObject({ min_children: 5 });
    expect(outcome.ok && outcome.result.byRegion).toEqual([
      { regionCode: "KZ-71", entitled: 1, alreadyReceiving: 1 },
      { regionCode: "KZ-75", entitled: 1, alreadyReceiving: 0 },
    ]);
    expect(await lakeFingerprint(lake)).toEqual(before);
  });

  it("answers a bad change with what to correct, beside its field", async () => {
    const outcome = await dryRunRequest(lake, {
      serviceId: "large-family",
      values: { min_children: "four" },
    });

    expect(outcome).toEqual({
      ok: false,
      error: "Correct the parameters marked below.",
      fieldErrors: { min_children: "Children at least: write a whole number of 0 or more" },
    });
  });

  it("refuses a service that is not in the catalogue", async () => {
    const outcome = await dryRunRequest(lake, { serviceId: "free-money" });

    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? "" : outcome.error).toBe(
      'Choose a service of the catalogue; "free-money" is not one.',
    );
  });
});
