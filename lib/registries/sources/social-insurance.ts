import { monthStart } from "../calendar";
import { contributionMonths } from "../model/insurance";
import { iinColumn, optional, required } from "../schema/columns";
import type { Source } from "../schema/types";
import { deadPerson, living } from "./helpers";

const PAYMENT_TYPES = ["JOBLOSS", "MATERNITY", "CHILDCARE"];
const KIND_CODES = { job_loss: "JOBLOSS", maternity: "MATERNITY", childcare: "CHILDCARE" } as const;

export const socialInsurance: Source = {
  id: "social-insurance",
  title: "Social insurance payments",
  owner: "State Social Insurance Fund (GFSS)",
  row:
    "Either a contributor's summary (record_type contribution) or one insurance payment: " +
    "job loss, maternity, childcare to 1.5 years (record_type payment), " +
    "running or ended in the last year.",
  notes: "NDJSON, one object per line. Months as YYYY-MM, dates ISO.",
  version: 1,
  language: "en",
  format: { kind: "ndjson" },
  columns: [
    iinColumn("iin"),
    required("record_type", "code", "contribution or payment", {
      codes: ["contribution", "payment"],
      unknownCodes: ["adjustment"],
    }),
    optional("months_24", "int", "Contribution: months with social contributions in the last 24"),
    optional("last_contribution_month", "month", "Contribution: month of the last contribution", {
      format: "iso-month",
    }),
    optional(
      "avg_income",
      "decimal",
      "Contribution: average monthly income contributions were paid on",
      { scale: 2 },
    ),
    optional("payment_type", "code", "Payment: kind of insured event", {
      codes: PAYMENT_TYPES,
      unknownCodes: ["SICKNESS_X"],
    }),
    optional("payment_start", "date", "Payment: first day", { format: "iso" }),
    optional("payment_end", "date", "Payment: last day", { format: "iso", future: true }),
    optional("monthly_payment", "decimal", "Payment: monthly amount, tenge", { scale: 2 }),
  ],
  contradict: deadPerson(0, "social insurance record"),
  emit(view, out) {
    for (const p of living(view)) {
      const months = contributionMonths(p, view.day);
      if (months === 0 || p.wage === 0) continue;

      const working = p.work === "employed" || p.work === "self_employed";
      const last = working ? monthStart(view.day, -1) : monthStart(p.jobEnd ?? view.day);
      out([p.iin, "contribution", months, last, p.wage, null, null, null, null]);
    }
    for (const payment of view.family.payments) {
      const p = view.family.members[payment.slot];
      if (!p || payment.start > view.day || payment.end < view.day - 365) continue;

      const end = payment.end;
      out([
        p.iin,
        "payment",
        null,
        null,
        null,
        KIND_CODES[payment.kind],
        payment.start,
        end,
        payment.monthly,
      ]);
    }
  },
};
