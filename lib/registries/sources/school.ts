import { schoolEnrolmentDay, schoolGrade } from "../model/education";
import { iinColumn, required } from "../schema/columns";
import type { Column, Source } from "../schema/types";
import { columnIndex, householdOf, living, otherBirthDate } from "./helpers";

const columns: Column[] = [
  iinColumn("ИИН ученика", "IIN of the pupil"),
  required("Дата рождения", "date", "Pupil's date of birth", { format: "ymd", birthDate: true }),
  required("Код организации образования", "text", "School code"),
  required("Класс", "int", "Grade, 1 to 11"),
  required("Дата зачисления", "date", "Date enrolled in the school", { format: "ymd" }),
  required("Бесплатное питание", "bool", "Receives free school meals"),
  required("Язык обучения", "code", "Language of instruction", {
    codes: ["каз", "рус"],
    unknownCodes: ["анг?"],
  }),
];

export const school: Source = {
  id: "school",
  title: "School enrolment",
  owner: "Ministry of Enlightenment (national education database, NOBD)",
  row: "One pupil enrolled in a general school.",
  notes:
    "Tab-separated, dates YYYYMMDD, booleans Да/Нет. " +
    "Free meals: grades 1-4 always, older pupils of low-income families.",
  version: 1,
  language: "ru",
  format: {
    kind: "csv",
    delimiter: "\t",
    encoding: "utf-8",
    decimal: ",",
    bool: ["Да", "Нет"],
    lineEnding: "\n",
  },
  columns,
  contradict: otherBirthDate(columnIndex(columns, "Дата рождения")),
  emit(view, out) {
    const aspFamily = view.benefits().some((b) => b.code === "ASP" && b.end === null);
    for (const p of living(view)) {
      const grade = schoolGrade(p, view.day);
      if (grade === null || p.schoolDropout) continue;

      const kato = householdOf(view.family, p).kato;
      const code = `${kato.slice(0, 6)}${String(100 + (p.slot % 7))}`;
      const meals = grade <= 4 || aspFamily;
      out([
        p.iin,
        p.birthDay,
        code,
        grade,
        schoolEnrolmentDay(p, view.day),
        meals,
        p.nameSet === "kazakh" ? "каз" : "рус",
      ]);
    }
  },
};
