import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LakeClient } from "../clickhouse/client";
import { computeEligibility } from "./compute-eligibility";
import { eligibilityOf } from "./testing/read-eligibility";
import { bornYearsAgo, LakeRows, openTestLake, shift, type Place } from "./testing/lake-rows";

// 2026: PM 50,851 and MRP 4,325 tenge; the line is 70 % of PM where the median is low.
const DAY = "2026-03-10";
const PM = 50851;
const MRP = 4325;
const LINE = 0.7 * PM;
// Each rule in its own region, so one rule's families never move another region's median.
const POOR_REGION: Place = { region: "KZ-10", district: "101800000" };
const RICH_REGION: Place = { region: "KZ-11", district: "111000000" };
const HOUSING: Place = { region: "KZ-15", district: "151000000" };
const SCHOOL: Place = { region: "KZ-19", district: "191000000" };
let lake: LakeClient;
let close: () => Promise<void>;

/** A family of a head earning `wage` a month, a spouse, and children of `ages`. */
function family(rows: LakeRows, id: string, wage: number, ages: number[], place: Place) {
  const children = ages.map((age, i) => ({ id: `${id}-c${i + 1}`, birth: bornYearsAgo(DAY, age) }));
  const adults = [
    { id, birth: bornYearsAgo(DAY, 35), sex: "male" as const },
    { id: `${id}-s`, birth: bornYearsAgo(DAY, 33), relation: "spouse" as const },
  ];
  rows.family(id, [...adults, ...children], place);
  if (wage > 0) rows.wage(id, wage);

  return children;
}

function bill(rows: LakeRows, id: string, amount: number) {
  rows.add("src_utilities", {
    address_key: `addr-${id}`,
    account_holder_id: id,
    monthly_bill: amount,
  });
}

function pupil(rows: LakeRows, person: string, grade: number, meals: boolean) {
  rows.add("src_school", {
    person_id: person,
    grade,
    free_meals: meals,
    enrolled_on: "2020-09-01",
  });
}

beforeAll(async () => {
  ({ lake, close } = await openTestLake("portal-services-assistance-"));
  const rows = new LakeRows(DAY);

  // Four members: 10,000 a month each; one child aged 3 adds 1.5 MRP.
  family(rows, "asp-ok", 40_000, [3, 10], POOR_REGION);
  // One member each, a tenge a month either side of the line.
  rows.family("asp-in", [{ id: "asp-in", birth: bornYearsAgo(DAY, 50) }], POOR_REGION);
  rows.wage("asp-in", LINE - 1);
  rows.family("asp-out", [{ id: "asp-out", birth: bornYearsAgo(DAY, 50) }], POOR_REGION);
  rows.wage("asp-out", LINE + 1);
  rows.family(
    "asp-lone-child",
    [{ id: "asp-lone-child", birth: bornYearsAgo(DAY, 12) }],
    POOR_REGION,
  );
  bill(rows, "asp-lone-child", 10_000);
  family(rows, "asp-receiving", 40_000, [12, 14], POOR_REGION);
  rows.benefit("asp-receiving", "ASP", shift(DAY, -60), 100_000);
  // Where the median income per member is 300,000, the line is 105,000.
  for (const id of ["rich-1", "rich-2", "rich-3"]) family(rows, id, 1_200_000, [8, 9], RICH_REGION);
  family(rows, "asp-rich-region", 400_000, [8, 9], RICH_REGION);

  family(rows, "hs-ok", 40_000, [], HOUSING);
  bill(rows, "hs-ok", 10_000);
  family(rows, "hs-just-over", 40_000, [], HOUSING);
  bill(rows, "hs-just-over", 4_001);
  family(rows, "hs-cheap", 40_000, [], HOUSING);
  bill(rows, "hs-cheap", 3_999);
  family(rows, "hs-rich", 2 * 2 * PM, [], HOUSING);
  bill(rows, "hs-rich", 80_000);
  family(rows, "hs-no-dwelling", 40_000, [], HOUSING);
  family(rows, "hs-receiving", 40_000, [], HOUSING);
  bill(rows, "hs-receiving", 10_000);
  rows.benefit("hs-receiving", "HOUSING", shift(DAY, -60), 6_000);

  const [older, younger] = family(rows, "sm-ok", 60_000, [12, 9], SCHOOL);
  pupil(rows, older!.id, 6, false);
  pupil(rows, younger!.id, 3, true);
  const [fourth] = family(rows, "sm-grade-4", 60_000, [10], SCHOOL);
  pupil(rows, fourth!.id, 4, true);
  const [richPupil] = family(rows, "sm-rich", 3 * 3 * PM, [12], SCHOOL);
  pupil(rows, richPupil!.id, 6, false);
  const [fed] = family(rows, "sm-receiving", 60_000, [13], SCHOOL);
  pupil(rows, fed!.id, 7, true);

  await rows.write(lake);
  await computeEligibility(lake, DAY);
}, 120_000);

afterAll(async () => close());

describe("targeted social assistance", () => {
  it("pays the gap to the line for every member and 1.5 MRP per child aged 1-6", async () => {
    const rows = await eligibilityOf(lake, DAY, "targeted-assistance");

    expect(rows.get("asp-ok")?.amount).toBeCloseTo((LINE - 10_000) * 4 + 1.5 * MRP, 1);
    expect(rows.get("asp-ok")?.person_id).toBe("asp-ok");
    expect(rows.get("asp-ok")?.evidence.poverty_line).toBe(String(LINE));
    expect(rows.get("asp-in")?.amount).toBeCloseTo(1, 1);
  });

  it("finds no family a tenge above the line", async () => {
    expect((await eligibilityOf(lake, DAY, "targeted-assistance")).has("asp-out")).toBe(false);
  });

  it("pays no child on their own: the assistance goes to an adult", async () => {
    expect((await eligibilityOf(lake, DAY, "targeted-assistance")).has("asp-lone-child")).toBe(
      false,
    );
    expect((await eligibilityOf(lake, DAY, "housing")).has("asp-lone-child")).toBe(false);
  });

  it("raises the line to 35 % of the region's median income where that is higher", async () => {
    const rows = await eligibilityOf(lake, DAY, "targeted-assistance");

    expect(rows.get("asp-rich-region")?.amount).toBeCloseTo((105_000 - 100_000) * 4, 1);
    expect(rows.has("rich-1")).toBe(false);
  });

  it("leaves the assistance out of income, so a recipient shows as already receiving", async () => {
    const rows = await eligibilityOf(lake, DAY, "targeted-assistance");

    expect(rows.get("asp-receiving")?.already_receives).toBe(true);
    expect(rows.get("asp-ok")?.already_receives).toBe(false);
  });
});

describe("housing assistance", () => {
  it("pays the bill above 10 % of the income of a low-income family", async () => {
    const rows = await eligibilityOf(lake, DAY, "housing");

    expect(rows.get("hs-ok")?.amount).toBe(6_000);
    expect(rows.get("hs-just-over")?.amount).toBe(1);
  });

  it("finds no family with a small bill, an income above the ceiling or no bill", async () => {
    const rows = await eligibilityOf(lake, DAY, "housing");

    for (const id of ["hs-cheap", "hs-rich", "hs-no-dwelling"])
      expect(rows.has(id), id).toBe(false);
    expect(rows.get("hs-receiving")?.already_receives).toBe(true);
  });
});

describe("school meals", () => {
  it("offers meals for pupils of grades 5-11 of a low-income family", async () => {
    const rows = await eligibilityOf(lake, DAY, "school-meals");

    expect(rows.get("sm-ok")?.amount).toBe(0.25 * MRP * 20);
    expect(rows.get("sm-ok")?.evidence).toMatchObject({ pupils: "1", pupils_without_meals: "1" });
  });

  it("finds no family with only younger pupils or with a higher income", async () => {
    const rows = await eligibilityOf(lake, DAY, "school-meals");

    expect(rows.has("sm-grade-4")).toBe(false);
    expect(rows.has("sm-rich")).toBe(false);
  });

  it("counts a family whose pupils all eat free as already receiving", async () => {
    const rows = await eligibilityOf(lake, DAY, "school-meals");

    expect(rows.get("sm-receiving")?.already_receives).toBe(true);
    expect(rows.get("sm-ok")?.already_receives).toBe(false);
  });
});
