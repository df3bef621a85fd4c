import { monthsBetween } from "../calendar";
import { iinColumn, required } from "../schema/columns";
import type { Source } from "../schema/types";
import { deadPerson, living } from "./helpers";

export const loans: Source = {
  id: "loans",
  title: "Loans and overdue debts",
  owner: "First Credit Bureau",
  row: "One open loan of a living person.",
  notes:
    "Semicolon-separated with decimal commas and DD.MM.YYYY dates, as the bureau's report exports.",
  version: 1,
  language: "en",
  format: {
    kind: "csv",
    delimiter: ";",
    encoding: "utf-8",
    decimal: ",",
    bool: ["1", "0"],
    lineEnding: "\n",
  },
  columns: [
    required("contract_number", "text", "Lender's contract number"),
    iinColumn("iin", "IIN of the borrower"),
    required("lender_code", "code", "Lender", {
      codes: ["HALYK", "KASPI", "FORTE", "BCC", "JUSAN", "HOME_CREDIT", "FREEDOM", "MFO_SHINHAN"],
      unknownCodes: ["BANK_CLOSED_01"],
    }),
    required("loan_type", "code", "Kind of loan", {
      codes: ["consumer", "mortgage", "car", "microcredit"],
      unknownCodes: ["leasing9"],
    }),
    required("opened_on", "date", "Date the loan was issued", { format: "dmy" }),
    required("amount", "decimal", "Amount issued, tenge", { scale: 2 }),
    required("outstanding", "decimal", "Outstanding principal, tenge", { scale: 2 }),
    required("overdue_days", "int", "Days the oldest unpaid instalment is overdue"),
    required("overdue_amount", "decimal", "Overdue amount, tenge", { scale: 2 }),
    required("status", "code", "current, overdue (1-90 days) or default (over 90 days)", {
      codes: ["current", "overdue", "default"],
      unknownCodes: ["restructured?"],
    }),
  ],
  contradict: deadPerson(1, "loan issued"),
  emit(view, out) {
    const people = living(view);
    for (const loan of view.family.loans) {
      const borrower = view.family.members[loan.borrowerSlot];
      if (!borrower || !people.includes(borrower) || loan.openedDay > view.day) continue;

      const elapsed = monthsBetween(loan.openedDay, view.day);
      if (elapsed >= loan.termMonths) continue;

      const outstanding = Math.round((loan.amount * (loan.termMonths - elapsed)) / loan.termMonths);
      const overdue =
        loan.overdueDays === 0
          ? 0
          : Math.round((loan.amount / loan.termMonths) * Math.ceil(loan.overdueDays / 30));
      const status =
        loan.overdueDays > 90 ? "default" : loan.overdueDays > 0 ? "overdue" : "current";
      out([
        loan.contract,
        borrower.iin,
        loan.lender,
        loan.kind,
        loan.openedDay,
        loan.amount,
        outstanding,
        loan.overdueDays,
        overdue,
        status,
      ]);
    }
  },
};
