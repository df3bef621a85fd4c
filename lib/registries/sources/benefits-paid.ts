import { monthStart } from "../calendar";
import { BENEFIT_CODES } from "../model/benefits";
import { KNOWN_KATO } from "../country/districts";
import { iinColumn, optional, required } from "../schema/columns";
import type { Source } from "../schema/types";
import { deadPerson, householdOf } from "./helpers";

export const BENEFITS_TABLE_PREFIX = "benefits_paid_";

export const benefitsPaid: Source = {
  id: "benefits-paid",
  title: "State social benefits paid",
  owner: "State Centre for Pension Payments (benefit assignments and payments)",
  row:
    "One benefit assignment: running on the snapshot day, " +
    "or ended (or paid once) in the last year.",
  notes:
    "Served as a Postgres table, not a file: database `registries`, " +
    "one table per snapshot date, benefits_paid_YYYYMMDD, with a bigint `id` added by the loader.",
  version: 1,
  language: "en",
  format: { kind: "postgres", table: BENEFITS_TABLE_PREFIX },
  columns: [
    iinColumn("iin", "IIN of the recipient"),
    optional("recipient_name", "text", "Recipient's surname and given name", { personal: "name" }),
    required("benefit_code", "code", "Benefit", {
      codes: BENEFIT_CODES,
      unknownCodes: ["SP_LEGACY_17", "SOC_PAY_OLD"],
    }),
    required("assigned_on", "date", "First day of the assignment"),
    optional("ended_on", "date", "Last day; empty while running"),
    required(
      "monthly_amount",
      "decimal",
      "Monthly amount (for a one-off payment, the payment), tenge",
      { scale: 2 },
    ),
    optional("last_paid_month", "month", "Last month paid", { format: "iso-month" }),
    required("district_kato", "code", "District paying the benefit (KATO)", {
      codes: [...KNOWN_KATO],
      unknownCodes: ["199999999"],
    }),
  ],
  contradict: deadPerson(0, "benefit still paid"),
  emit(view, out) {
    for (const a of view.benefits()) {
      const p = a.recipient;
      const lastPaid = a.end === null ? monthStart(view.day) : monthStart(a.end);
      const kato = householdOf(view.family, p).kato;
      out([
        p.iin,
        `${p.surname} ${p.firstName}`,
        a.code,
        a.start,
        a.end,
        a.monthly,
        lastPaid,
        kato,
      ]);
    }
  },
};
