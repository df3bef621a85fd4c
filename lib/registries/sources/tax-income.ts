import { monthsBetween } from "../calendar";
import { PENSION_PAYER_BIN } from "../model/identifiers";
import type { Person } from "../model/types";
import { iinColumn, required } from "../schema/columns";
import type { Cell, Source } from "../schema/types";
import { deadPerson, lastTwelveMonths, living } from "./helpers";

const INCOME_TYPES = ["WAGE", "ENTREPRENEUR", "PENSION", "FARM"];

/** Months of the window [start, end] in which the person held their current or last job. */
function monthsWorked(p: Person, start: number, end: number): number {
  if (p.jobStart < 0) return 0;

  const from = Math.max(start, p.jobStart);
  const to = Math.min(end, p.jobEnd ?? end);
  if (to < from) return 0;

  return Math.min(12, monthsBetween(from, to) + 1);
}

export const taxIncome: Source = {
  id: "tax-income",
  title: "Tax declarations and income",
  owner: "State Revenue Committee, Ministry of Finance",
  row:
    "One income stream of a person over the twelve full months before the snapshot: " +
    "wages from one employer, declared business income, pension, farm income.",
  notes:
    "Payer is the employer's (or pension centre's) BIN. Amounts in tenge with a decimal point.",
  version: 1,
  language: "en",
  format: {
    kind: "csv",
    delimiter: ",",
    encoding: "utf-8",
    decimal: ".",
    bool: ["true", "false"],
    lineEnding: "\n",
  },
  columns: [
    iinColumn("iin"),
    required(
      "payer_bin",
      "text",
      "BIN of the payer (employer, pension centre) or the person's own IIN",
    ),
    required("income_type", "code", "Kind of income", {
      codes: INCOME_TYPES,
      unknownCodes: ["OTHER_9", "DIVIDEND_X"],
    }),
    required("period_start", "date", "First day of the period", { format: "iso" }),
    required("period_end", "date", "Last day of the period", { format: "iso" }),
    required("months", "int", "Months with this income in the period"),
    required("income_amount", "decimal", "Income over the period, tenge", { scale: 2 }),
    required("tax_withheld", "decimal", "Individual income tax withheld, tenge", { scale: 2 }),
  ],
  contradict: deadPerson(0, "income in the last twelve months"),
  emit(view, out) {
    const { start, end } = lastTwelveMonths(view.day);
    const row = (
      p: Person,
      payer: string,
      type: string,
      months: number,
      monthly: number,
    ): Cell[] => {
      const amount = monthly * months;
      return [p.iin, payer, type, start, end, months, amount, Math.round(amount * 0.1 * 100) / 100];
    };
    for (const p of living(view)) {
      const worked = monthsWorked(p, start, end);
      if (p.employerBin && worked > 0 && p.work !== "self_employed") {
        out(row(p, p.employerBin, "WAGE", worked, p.wage));
      }
      if (p.work === "self_employed") out(row(p, p.iin, "ENTREPRENEUR", 12, p.wage));
      if (p.pension > 0) out(row(p, PENSION_PAYER_BIN, "PENSION", 12, p.pension));
      if (p.farmIncome > 0) out(row(p, p.iin, "FARM", 12, p.farmIncome));
    }
  },
};
