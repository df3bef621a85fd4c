import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LakeClient } from "../clickhouse/client";
import { computeEligibility } from "./compute-eligibility";
import { eligibilityOf } from "./testing/read-eligibility";
import { bornYearsAgo, LakeRows, openTestLake, shift, type Member } from "./testing/lake-rows";

// 2026: PM 50,851 and MRP 4,325 tenge.
const DAY = "2026-03-10";
const PM = 50851;
const MRP = 4325;
let lake: LakeClient;
let close: () => Promise<void>;

const adult = (id: string, sex: "male" | "female" = "female"): Member => ({
  id,
  birth: bornYearsAgo(DAY, 40),
  sex,
});
const kids = (family: string, ages: number[]): Member[] =>
  ages.map((age, i) => ({ id: `${family}-c${i + 1}`, birth: bornYearsAgo(DAY, age, 10) }));

/** A mother at home with `ages` children, each with a birth act naming her. */
function withChildren(rows: LakeRows, id: string, ages: number[], father: string | null = null) {
  const children = kids(id, ages);
  rows.family(id, [adult(id), ...children]);
  for (const child of children) rows.birth(id, child.id, child.birth, father);

  return children;
}

/** A mother whose children (grown up and gone, bar the last) were born on `births`. */
function motherOf(rows: LakeRows, id: string, births: string[]) {
  rows.family(id, [adult(id)]);
  births.forEach((born, i) => rows.birth(id, `${id}-c${i + 1}`, born));
}

const yearly = (n: number, last: string) =>
  Array.from({ length: n }, (_, i) => (i === n - 1 ? last : `${2000 + i}-06-01`));

function assessed(rows: LakeRows, person: string, group: string, cause = "общее заболевание") {
  rows.add("src_disability", {
    person_id: person,
    disability_group: group,
    cause,
    assessed_on: shift(DAY, -200),
  });
}

beforeAll(async () => {
  ({ lake, close } = await openTestLake("portal-services-family-"));
  const rows = new LakeRows(DAY);

  for (const id of ["bw-ok", "bw-receiving"]) {
    rows.death(`${id}-father`, bornYearsAgo(DAY, 42), shift(DAY, -100));
    withChildren(rows, id, [5, 10], `${id}-father`);
  }
  rows.benefit("bw-receiving", "BREADWINNER", shift(DAY, -50));
  withChildren(rows, "bw-none", [5, 10], "bw-none-father");
  rows.family("bw-none-father", [adult("bw-none-father", "male")]);

  for (const id of ["cdc-ok", "cdc-receiving"]) {
    const [first, second] = withChildren(rows, id, [5, 12]);
    assessed(rows, first!.id, "ребенок-инвалид");
    assessed(rows, second!.id, "ребенок-инвалид");
  }
  rows.benefit("cdc-receiving", "CHILD_DISABILITY_CARE", shift(DAY, -300));
  withChildren(rows, "cdc-none", [5]);
  assessed(rows, "cdc-none", "2");
  rows.family("cdc-alone", [{ id: "cdc-alone", birth: bornYearsAgo(DAY, 16) }]);
  assessed(rows, "cdc-alone", "ребенок-инвалид");

  rows.family("dis-adult-1", [adult("dis-adult-1")]);
  assessed(rows, "dis-adult-1", "1");
  rows.family("dis-adult-3", [adult("dis-adult-3")]);
  assessed(rows, "dis-adult-3", "3");
  rows.family("dis-childhood-2", [adult("dis-childhood-2")]);
  assessed(rows, "dis-childhood-2", "2", "с детства");
  rows.family("dis-none", [adult("dis-none")]);
  rows.family("dis-receiving", [adult("dis-receiving")]);
  assessed(rows, "dis-receiving", "2");
  rows.benefit("dis-receiving", "DISABILITY", shift(DAY, -700));
  // Aged 6, 7, 3 (too young for a voucher) and 4.
  for (const child of withChildren(rows, "san", [6, 7, 3, 4])) {
    assessed(rows, child.id, "ребенок-инвалид");
  }
  rows.family("san-17", [adult("san-17-mother"), { id: "san-17", birth: bornYearsAgo(DAY, 17) }]);
  assessed(rows, "san-17", "ребенок-инвалид");

  withChildren(rows, "lf-four", [1, 3, 5, 8]);
  withChildren(rows, "lf-three", [1, 3, 5]);
  withChildren(rows, "lf-eight", [1, 2, 3, 5, 7, 9, 11, 13]);
  withChildren(rows, "lf-receiving", [1, 3, 5, 8, 10]);
  rows.benefit("lf-receiving", "LARGE_FAMILY", shift(DAY, -400));

  motherOf(rows, "ma-kumis", yearly(6, shift(DAY, -400)));
  motherOf(rows, "ma-kumis-edge", yearly(6, shift(DAY, -365)));
  motherOf(rows, "ma-altyn", yearly(7, shift(DAY, -400)));
  motherOf(rows, "ma-altyn-soon", [...yearly(6, shift(DAY, -800)), shift(DAY, -100)]);
  motherOf(rows, "ma-too-young", yearly(6, shift(DAY, -364)));
  motherOf(rows, "ma-five", yearly(5, shift(DAY, -800)));
  motherOf(rows, "ma-receiving", yearly(6, shift(DAY, -800)));
  rows.benefit("ma-receiving", "MOTHER_AWARD_KUMIS", shift(DAY, -400));
  motherOf(rows, "ma-upgrade", yearly(7, shift(DAY, -400)));
  rows.benefit("ma-upgrade", "MOTHER_AWARD_KUMIS", "2020-01-01");

  await rows.write(lake);
  await computeEligibility(lake, DAY);
}, 120_000);

afterAll(async () => close());

describe("loss of breadwinner", () => {
  it("pays the family 1.70 PM for two children whose father died", async () => {
    const rows = await eligibilityOf(lake, DAY, "breadwinner");

    expect(rows.get("bw-ok")?.amount).toBeCloseTo(1.7 * PM, 2);
    expect(rows.get("bw-ok")?.person_id).toBe("bw-ok");
    expect(rows.get("bw-ok")?.evidence).toEqual({
      dependants: "2",
      parent_died_on: shift(DAY, -100),
    });
  });

  it("finds no family whose parents live, and flags a running benefit", async () => {
    const rows = await eligibilityOf(lake, DAY, "breadwinner");

    expect([...rows.keys()].sort()).toEqual(["bw-ok", "bw-receiving"]);
    expect(rows.get("bw-receiving")?.already_receives).toBe(true);
    expect(rows.get("bw-ok")?.already_receives).toBe(false);
  });
});

describe("parent raising a child with a disability", () => {
  it("pays 1.61 PM per child with a disability to the family", async () => {
    const rows = await eligibilityOf(lake, DAY, "child-disability-care");

    expect(rows.get("cdc-ok")?.amount).toBeCloseTo(2 * 1.61 * PM, 2);
    expect(rows.get("cdc-receiving")?.already_receives).toBe(true);
  });

  it("needs a child with a disability and an adult raising them", async () => {
    const rows = await eligibilityOf(lake, DAY, "child-disability-care");

    expect(rows.has("cdc-none")).toBe(false);
    expect(rows.has("cdc-alone")).toBe(false);
  });
});

describe("disability allowance", () => {
  it("pays adults by group, and more when disabled since childhood", async () => {
    const rows = await eligibilityOf(lake, DAY, "disability");

    expect(rows.get("dis-adult-1")?.amount).toBeCloseTo(2.2 * PM, 2);
    expect(rows.get("dis-adult-3")?.amount).toBeCloseTo(1.2 * PM, 2);
    expect(rows.get("dis-childhood-2")?.amount).toBeCloseTo(1.83 * PM, 2);
  });

  it("pays children under 7 1.61 PM and from 7 2.2 PM", async () => {
    const rows = await eligibilityOf(lake, DAY, "disability");

    expect(rows.get("san-c1")?.amount).toBeCloseTo(1.61 * PM, 2);
    expect(rows.get("san-c2")?.amount).toBeCloseTo(2.2 * PM, 2);
  });

  it("finds nobody without an assessment and flags a running allowance", async () => {
    const rows = await eligibilityOf(lake, DAY, "disability");

    expect(rows.has("dis-none")).toBe(false);
    expect(rows.get("dis-receiving")?.already_receives).toBe(true);
    expect(rows.get("dis-adult-1")?.already_receives).toBe(false);
  });
});

describe("sanatorium treatment", () => {
  it("offers children with a disability aged 4 to 17 a voucher, telling the head", async () => {
    const rows = await eligibilityOf(lake, DAY, "sanatorium");

    const sanatorium = [...rows.keys()].filter((id) => id.startsWith("san")).sort();

    expect(sanatorium).toEqual(["san-17", "san-c1", "san-c2", "san-c4"]);
    expect(rows.get("san-c4")?.amount).toBe(14 * 2.5 * MRP);
    expect(rows.get("san-17")?.person_id).toBe("san-17-mother");
    expect(rows.get("san-c4")?.already_receives).toBe(false);
  });
});

describe("large-family allowance", () => {
  it("pays 16.03 MRP for four children and 4 MRP more per child from the eighth", async () => {
    const rows = await eligibilityOf(lake, DAY, "large-family");

    expect(rows.get("lf-four")?.amount).toBeCloseTo(16.03 * MRP, 2);
    expect(rows.get("lf-eight")?.amount).toBeCloseTo((28.06 + 4) * MRP, 2);
    expect(rows.get("lf-receiving")?.amount).toBeCloseTo(20.04 * MRP, 2);
  });

  it("finds no family of three children and flags a running allowance", async () => {
    const rows = await eligibilityOf(lake, DAY, "large-family");

    expect(rows.has("lf-three")).toBe(false);
    expect(rows.get("lf-receiving")?.already_receives).toBe(true);
    expect(rows.get("lf-four")?.already_receives).toBe(false);
  });
});

describe("Altyn Alka and Kumis Alka", () => {
  it("pays Kumis Alka for six children, Altyn Alka for seven, once the last is one", async () => {
    const rows = await eligibilityOf(lake, DAY, "mother-award");

    expect(rows.get("ma-kumis")?.amount).toBeCloseTo(6.4 * MRP, 2);
    expect(rows.get("ma-kumis-edge")?.amount).toBeCloseTo(6.4 * MRP, 2);
    expect(rows.get("ma-altyn")?.amount).toBeCloseTo(7.4 * MRP, 2);
    expect(rows.get("ma-altyn-soon")?.amount).toBeCloseTo(6.4 * MRP, 2);
  });

  it("finds no mother of five, nor of six whose last is under one", async () => {
    const rows = await eligibilityOf(lake, DAY, "mother-award");

    expect(rows.has("ma-five")).toBe(false);
    expect(rows.has("ma-too-young")).toBe(false);
  });

  it("counts Kumis Alka as received, except for a mother now of seven", async () => {
    const rows = await eligibilityOf(lake, DAY, "mother-award");

    expect(rows.get("ma-receiving")?.already_receives).toBe(true);
    expect(rows.get("ma-upgrade")?.already_receives).toBe(false);
    expect(rows.get("ma-upgrade")?.amount).toBeCloseTo(7.4 * MRP, 2);
  });
});
