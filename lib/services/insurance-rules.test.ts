import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LakeClient } from "../clickhouse/client";
import { computeEligibility } from "./compute-eligibility";
import { eligibilityOf } from "./testing/read-eligibility";
import { bornYearsAgo, LakeRows, openTestLake, shift } from "./testing/lake-rows";

// 2026: PM 50,851 and MRP 4,325 tenge.
const DAY = "2026-03-10";
const MRP = 4325;
const woman = (id: string, age = 30) => ({ id, birth: bornYearsAgo(DAY, age) });
let lake: LakeClient;
let close: () => Promise<void>;

/** A woman alone at her dwelling, insured for `months` on `income`, pregnant until `due`. */
function expecting(rows: LakeRows, id: string, due: string, months = 12, income = 300_000) {
  rows.family(id, [woman(id)]).insured(id, months, income);
  rows.add("src_pregnancy", {
    person_id: id,
    registered_on: shift(DAY, -150),
    expected_delivery: due,
  });
}

/** A mother with children born on `births` (the last is the youngest), living with them. */
function mother(rows: LakeRows, id: string, births: string[]) {
  const children = births.map((birth, i) => ({ id: `${id}-c${i + 1}`, birth }));
  rows.family(id, [woman(id, 35), ...children]);
  for (const child of children) rows.birth(id, child.id, child.birth);
}

/** Someone whose contract ended `daysAgo` for `reason`, insured for `months`. */
function dismissed(rows: LakeRows, id: string, daysAgo: number, months = 24, reason = "dismissal") {
  rows.family(id, [{ id, birth: bornYearsAgo(DAY, 40), sex: "male" }]).insured(id, months, 200_000);
  rows.add("src_employment", {
    person_id: id,
    record_type: "contract",
    start_date: shift(DAY, -2000),
    end_date: shift(DAY, -daysAgo),
    termination_reason: reason,
    status: "closed",
  });
}

beforeAll(async () => {
  ({ lake, close } = await openTestLake("portal-services-insurance-"));
  const rows = new LakeRows(DAY);

  expecting(rows, "mat-ok", shift(DAY, 30));
  expecting(rows, "mat-edge", shift(DAY, 70));
  expecting(rows, "mat-early", shift(DAY, 71));
  expecting(rows, "mat-uninsured", shift(DAY, 30), 5);
  expecting(rows, "mat-no-income", shift(DAY, 30), 12, 0);
  expecting(rows, "mat-receiving", shift(DAY, 30));
  rows.insurancePayment("mat-receiving", "MATERNITY", shift(DAY, -40), shift(DAY, 86));
  rows.family("mat-late", [woman("mat-late")]).insured("mat-late", 12, 300_000);
  rows.add("src_pregnancy", {
    person_id: "mat-late",
    registered_on: shift(DAY, -300),
    expected_delivery: shift(DAY, -60),
    outcome: "birth",
    outcome_date: shift(DAY, -57),
  });

  mother(rows, "cc-state", [shift(DAY, -100)]);
  mother(rows, "cc-insured", ["2018-05-01", shift(DAY, -100)]);
  rows.insured("cc-insured", 12, 300_000);
  mother(rows, "cc-capped", [shift(DAY, -100)]);
  rows.insured("cc-capped", 24, 1_000_000);
  mother(rows, "cc-low-insured", [shift(DAY, -100)]);
  rows.insured("cc-low-insured", 24, 10_000);
  mother(rows, "cc-edge", [shift(DAY, -547)]);
  mother(rows, "cc-old", [shift(DAY, -548)]);
  mother(rows, "cc-receiving", [shift(DAY, -100)]);
  rows.benefit("cc-receiving", "CHILDCARE_STATE", shift(DAY, -60));

  dismissed(rows, "jl-ok", 30);
  dismissed(rows, "jl-edge", 180, 12);
  dismissed(rows, "jl-six", 30, 6);
  dismissed(rows, "jl-five", 30, 5);
  dismissed(rows, "jl-old", 181);
  dismissed(rows, "jl-own-will", 30, 24, "own_will");
  dismissed(rows, "jl-reemployed", 30);
  rows.add("src_employment", {
    person_id: "jl-reemployed",
    record_type: "contract",
    start_date: shift(DAY, -10),
    status: "active",
  });
  dismissed(rows, "jl-receiving", 30);
  rows.insurancePayment("jl-receiving", "JOBLOSS", shift(DAY, 10), shift(DAY, 190));

  mother(rows, "b-first", [shift(DAY, -10)]);
  mother(rows, "b-fourth", ["2015-01-01", "2017-01-01", "2019-01-01", shift(DAY, -10)]);
  mother(rows, "b-edge", [shift(DAY, -365)]);
  mother(rows, "b-old", [shift(DAY, -366)]);
  mother(rows, "b-paid", [shift(DAY, -10)]);
  rows.benefit("b-paid", "BIRTH", shift(DAY, -5), 164_350);
  mother(rows, "b-paid-before", ["2024-01-01", shift(DAY, -10)]);
  rows.benefit("b-paid-before", "BIRTH", "2024-01-20", 140_296);

  await rows.write(lake);
  await computeEligibility(lake, DAY);
}, 120_000);

afterAll(async () => close());

describe("maternity", () => {
  it("pays an insured expecting woman 126 days of her average income, once", async () => {
    const rows = await eligibilityOf(lake, DAY, "maternity");

    expect(rows.get("mat-ok")?.amount).toBe(1_260_000);
    expect(rows.get("mat-ok")?.evidence).toEqual({
      delivery_on: shift(DAY, 30),
      insured_months: "12",
      insured_income: "300000",
    });
    expect(rows.get("mat-edge")?.already_receives).toBe(false);
  });

  it("finds nobody outside the leave, uninsured, or without insured income", async () => {
    const rows = await eligibilityOf(lake, DAY, "maternity");

    for (const id of ["mat-early", "mat-late", "mat-uninsured", "mat-no-income"]) {
      expect(rows.has(id), id).toBe(false);
    }
    expect([...rows.keys()].sort()).toEqual(["mat-edge", "mat-ok", "mat-receiving"]);
  });

  it("flags a woman whose maternity payment runs as already receiving", async () => {
    expect(
      (await eligibilityOf(lake, DAY, "maternity")).get("mat-receiving")?.already_receives,
    ).toBe(true);
  });
});

describe("childcare", () => {
  it("pays the state allowance by birth order to a mother without insurance", async () => {
    const rows = await eligibilityOf(lake, DAY, "childcare");

    expect(rows.get("cc-state")?.amount).toBeCloseTo(5.76 * MRP, 2);
    expect(rows.get("cc-edge")?.amount).toBeCloseTo(5.76 * MRP, 2);
  });

  it("pays an insured mother 40 % of her income, capped, never below the allowance", async () => {
    const rows = await eligibilityOf(lake, DAY, "childcare");

    expect(rows.get("cc-insured")?.amount).toBe(120_000);
    expect(rows.get("cc-insured")?.evidence.children_born).toBe("2");
    expect(rows.get("cc-capped")?.amount).toBe(238_000);
    expect(rows.get("cc-low-insured")?.amount).toBeCloseTo(5.76 * MRP, 2);
  });

  it("stops the day the child is 548 days old and flags a running allowance", async () => {
    const rows = await eligibilityOf(lake, DAY, "childcare");

    expect(rows.has("cc-old")).toBe(false);
    expect(rows.get("cc-receiving")?.already_receives).toBe(true);
    expect(rows.get("cc-state")?.already_receives).toBe(false);
  });
});

describe("job loss", () => {
  it("pays 45 % of insured income times the coefficient of the months insured", async () => {
    const rows = await eligibilityOf(lake, DAY, "job-loss");

    expect(rows.get("jl-ok")?.amount).toBe(72_000);
    expect(rows.get("jl-edge")?.amount).toBe(67_500);
    expect(rows.get("jl-six")?.amount).toBe(63_000);
  });

  it("finds nobody insured too briefly, dismissed long ago, quitting, or at work", async () => {
    const rows = await eligibilityOf(lake, DAY, "job-loss");

    for (const id of ["jl-five", "jl-old", "jl-own-will", "jl-reemployed"]) {
      expect(rows.has(id), id).toBe(false);
    }
  });

  it("flags a job-loss payment due as already receiving", async () => {
    const rows = await eligibilityOf(lake, DAY, "job-loss");

    expect(rows.get("jl-receiving")?.already_receives).toBe(true);
    expect(rows.get("jl-ok")?.already_receives).toBe(false);
  });
});

describe("birth allowance", () => {
  it("pays 38 MRP for a first child and 63 MRP from the fourth, within a year", async () => {
    const rows = await eligibilityOf(lake, DAY, "birth");

    expect(rows.get("b-first")?.amount).toBe(38 * MRP);
    expect(rows.get("b-fourth")?.amount).toBe(63 * MRP);
    expect(rows.get("b-edge")?.amount).toBe(38 * MRP);
    expect(rows.has("b-old")).toBe(false);
  });

  it("counts an allowance as received only when paid for this child", async () => {
    const rows = await eligibilityOf(lake, DAY, "birth");

    expect(rows.get("b-paid")?.already_receives).toBe(true);
    expect(rows.get("b-paid-before")?.already_receives).toBe(false);
  });
});
