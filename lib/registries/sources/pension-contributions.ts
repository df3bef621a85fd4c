import { monthStart } from "../calendar";
import { contributionMonths } from "../model/insurance";
import { iinColumn, optional, required } from "../schema/columns";
import type { Column, Source } from "../schema/types";
import { columnIndex, living, otherBirthDate } from "./helpers";

const columns: Column[] = [
  iinColumn("iin"),
  required("full_name", "text", "Surname, given name and patronymic in one field", {
    personal: "name",
  }),
  required("birth_date", "date", "Date of birth", { format: "ymd", birthDate: true }),
  optional("employer_bin", "text", "BIN of the current or last agent paying contributions"),
  required("last_contribution", "month", "Month of the last contribution", { format: "ym" }),
  required("months_24", "int", "Months with contributions in the last 24"),
  required(
    "contributions_24",
    "decimal",
    "Mandatory pension contributions (10 %) in the last 24 months, tenge",
    { scale: 2 },
  ),
  required(
    "avg_monthly_income",
    "decimal",
    "Average monthly income the contributions were paid on, tenge",
    { scale: 2 },
  ),
];

export const pensionContributions: Source = {
  id: "pension-contributions",
  title: "Pension contributions",
  owner: "Unified Accumulative Pension Fund (UAPF/ENPF)",
  row: "One contributor with contributions in the last 24 months.",
  notes: "Tab-separated. Birth dates YYYYMMDD, months YYYYMM.",
  version: 1,
  language: "en",
  format: {
    kind: "csv",
    delimiter: "\t",
    encoding: "utf-8",
    decimal: ".",
    bool: ["1", "0"],
    lineEnding: "\n",
  },
  columns,
  contradict: otherBirthDate(columnIndex(columns, "birth_date")),
  emit(view, out) {
    for (const p of living(view)) {
      const months = contributionMonths(p, view.day);
      if (months === 0 || p.wage === 0) continue;

      const working = p.work === "employed" || p.work === "self_employed";
      const last = working ? monthStart(view.day, -1) : monthStart(p.jobEnd ?? view.day);
      const name = [p.surname, p.firstName, p.patronymic].filter(Boolean).join(" ");
      const total = Math.round(p.wage * 0.1 * months * 100) / 100;
      out([p.iin, name, p.birthDay, p.employerBin, last, months, total, p.wage]);
    }
  },
};
