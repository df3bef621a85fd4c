import { birthdayAt } from "../calendar";
import { preschoolStatus } from "../model/education";
import { iinColumn, optional, required } from "../schema/columns";
import type { Column, Source } from "../schema/types";
import { columnIndex, householdOf, living, otherBirthDate } from "./helpers";

const STATUS = { enrolled: "тәрбиеленуші", queue: "кезекте" } as const;

const columns: Column[] = [
  iinColumn("Баланың ЖСН", "IIN of the child"),
  required("Туған күні", "date", "Child's date of birth", { format: "dmy", birthDate: true }),
  required("Балабақша коды", "text", "Kindergarten code, or the district queue code"),
  required("Мәртебесі", "code", "Enrolled (тәрбиеленуші) or waiting (кезекте)", {
    codes: Object.values(STATUS),
    unknownCodes: ["шығарылған?"],
  }),
  required("Кезекке тұрған күні", "date", "Date put on the waiting list", { format: "dmy" }),
  optional("Қабылданған күні", "date", "Date admitted", { format: "dmy" }),
];

export const preschool: Source = {
  id: "preschool",
  title: "Preschool enrolment",
  owner: "Ministry of Enlightenment (kindergarten queue and enrolment)",
  row: "One child in a kindergarten or on the waiting list for one.",
  notes: "Kindergarten codes: district KATO prefix and a number.",
  version: 1,
  language: "kk",
  format: {
    kind: "csv",
    delimiter: ";",
    encoding: "utf-8-bom",
    decimal: ",",
    bool: ["иә", "жоқ"],
    lineEnding: "\n",
  },
  columns,
  contradict: otherBirthDate(columnIndex(columns, "Туған күні")),
  emit(view, out) {
    for (const p of living(view)) {
      const status = preschoolStatus(p, view.day);
      if (status === null) continue;

      const kato = householdOf(view.family, p).kato;
      const queued = p.birthDay + 60;
      const admitted = status === "enrolled" ? birthdayAt(p.birthDay, 2) + (p.slot % 90) : null;
      const code = `${kato.slice(0, 6)}${String(p.slot % 20).padStart(3, "0")}`;
      out([
        p.iin,
        p.birthDay,
        code,
        STATUS[status],
        queued,
        admitted !== null && admitted <= view.day ? admitted : null,
      ]);
    }
  },
};
