import { describe, expect, it } from "vitest";
import { serviceOf } from "./index";
import { overridesFromForm, serviceChoices } from "./override-form";

const largeFamily = serviceOf("large-family");

describe("the dry-run form's parameter changes", () => {
  it("offers every service with its parameters and their defaults as text", () => {
    const choice = serviceChoices().find((c) => c.id === "large-family");

    expect(choice?.params.map((p) => [p.name, p.defaultText])).toEqual([
      ["min_children", "4"],
      ["amount_mrp", "16.03 / 20.04 / 24.05 / 28.06"],
      ["extra_mrp", "4"],
    ]);
  });

  it("reads each filled field by its type and keeps the default of an empty one", () => {
    const form = { min_children: " 3 ", amount_mrp: "16 / 20,5 / 24 / 28", extra_mrp: "" };

    expect(overridesFromForm(largeFamily, form)).toEqual({
      ok: true,
      overrides: { min_children: 3, amount_mrp: [16, 20.5, 24, 28] },
    });
  });

  it("says in words what is wrong with each field", () => {
    const form = { min_children: "3.5", amount_mrp: "16 / 20", extra_mrp: "-1" };

    const outcome = overridesFromForm(largeFamily, form);

    expect(outcome).toEqual({
      ok: false,
      errors: {
        min_children: "Children at least: write a whole number of 0 or more",
        amount_mrp:
          "Allowance in MRP for 4, 5, 6 and 7 children: write 4 numbers of 0 or more " +
          "separated by /, such as 16.03 / 20.04 / 24.05 / 28.06",
        extra_mrp:
          "MRP for each child from the 8th: write a number of 0 or more, such as 4 or 0.35",
      },
    });
  });

  it("refuses a parameter the service does not have", () => {
    const outcome = overridesFromForm(largeFamily, { max_income: "1" });

    expect(outcome).toEqual({
      ok: false,
      errors: { max_income: 'large-family has no parameter "max_income"' },
    });
  });

  it("refuses a whole number too large for its type", () => {
    const outcome = overridesFromForm(largeFamily, { min_children: "4294967296" });

    expect(outcome).toEqual({
      ok: false,
      errors: { min_children: "Children at least: write a whole number of 0 or more" },
    });
  });
});
