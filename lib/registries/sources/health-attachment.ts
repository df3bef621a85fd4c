import { iinColumn, optional, required } from "../schema/columns";
import type { Column, Source } from "../schema/types";
import { columnIndex, householdOf, living, otherBirthDate } from "./helpers";

const columns: Column[] = [
  iinColumn("ЖСН"),
  required("Тегі", "text", "Surname", { personal: "name" }),
  required("Аты", "text", "Given name", { personal: "name" }),
  optional("Әкесінің аты", "text", "Patronymic", { personal: "name" }),
  required("Туған күні", "date", "Date of birth", { format: "iso", birthDate: true }),
  required("Жынысы", "code", "Sex: ер male, әйел female", {
    codes: ["ер", "әйел"],
    unknownCodes: ["белгісіз"],
  }),
  required(
    "Медициналық ұйым коды",
    "text",
    "Code of the primary care clinic the person is attached to",
  ),
  required("Тіркелген күні", "date", "Date of attachment", { format: "iso" }),
  required("МӘМС мәртебесі", "code", "Compulsory health insurance status", {
    codes: ["сақтандырылған", "сақтандырылмаған"],
    unknownCodes: ["тексерілуде"],
  }),
];

export const healthAttachment: Source = {
  id: "health-attachment",
  title: "Attached population register",
  owner: "Ministry of Health (attached population register, RPN)",
  row: "One living person attached to a primary care clinic.",
  notes: "Clinic codes are the Ministry's: district prefix and a clinic number.",
  version: 1,
  language: "kk",
  format: {
    kind: "csv",
    delimiter: "|",
    encoding: "utf-8",
    decimal: ".",
    bool: ["иә", "жоқ"],
    lineEnding: "\n",
  },
  columns,
  contradict: otherBirthDate(columnIndex(columns, "Туған күні")),
  emit(view, out) {
    for (const p of living(view)) {
      if (!p.attached) continue;

      const since = Math.max(p.birthDay, householdOf(view.family, p).since);
      const insured = p.healthInsured ? "сақтандырылған" : "сақтандырылмаған";
      out([
        p.iin,
        p.surname,
        p.firstName,
        p.patronymic,
        p.birthDay,
        p.sex === 0 ? "ер" : "әйел",
        p.clinic,
        since,
        insured,
      ]);
    }
  },
};
