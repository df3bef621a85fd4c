import { EPOCH } from "../model/epoch";
import { iinColumn, required } from "../schema/columns";
import type { Source } from "../schema/types";
import { deadPerson, living } from "./helpers";

const OPERATORS: Record<string, string> = {
  "700": "Altel",
  "701": "Kcell",
  "702": "Kcell",
  "705": "Beeline",
  "707": "Tele2",
  "708": "Altel",
  "747": "Tele2",
  "771": "Beeline",
  "775": "Activ",
  "776": "Beeline",
  "777": "Beeline",
  "778": "Activ",
};

export const mobileContacts: Source = {
  id: "mobile-contacts",
  title: "Mobile phone contacts for notifications",
  owner: "Ministry of Digital Development (mobile citizens' database)",
  row: "One phone number a living person registered for state notifications.",
  notes: "Tab-separated, dates YYYYMMDD. Numbers in E.164 (+7...).",
  version: 1,
  language: "kk",
  format: {
    kind: "csv",
    delimiter: "\t",
    encoding: "utf-8",
    decimal: ".",
    bool: ["иә", "жоқ"],
    lineEnding: "\n",
  },
  columns: [
    iinColumn("ЖСН"),
    required("Телефон нөмірі", "text", "Mobile number", { personal: "phone" }),
    required("Оператор", "code", "Mobile operator", {
      codes: [...new Set(Object.values(OPERATORS))],
      unknownCodes: ["Dalacom"],
    }),
    required("Тіркелген күні", "date", "Date the number was registered", { format: "ymd" }),
    required("Хабарлама тілі", "code", "Language for notifications", {
      codes: ["kk", "ru"],
      unknownCodes: ["en?"],
    }),
  ],
  contradict: deadPerson(0, "phone number registered"),
  emit(view, out) {
    for (const p of living(view)) {
      if (p.phone === null) continue;

      const registered = Math.max(p.birthDay + 16 * 365 + 5, EPOCH - 2000 + ((p.slot * 97) % 1500));
      if (registered > view.day) continue;

      const operator = OPERATORS[p.phone.slice(2, 5)] ?? "Kcell";
      out([p.iin, p.phone, operator, registered, p.nameSet === "kazakh" ? "kk" : "ru"]);
    }
  },
};
