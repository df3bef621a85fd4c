import { ageOn } from "../calendar";
import type { Person } from "../model/types";
import { iinColumn, optional, required } from "../schema/columns";
import type { Cell, Column, Source } from "../schema/types";
import { columnIndex, living, otherBirthDate } from "./helpers";

const GROUPS = ["1", "2", "3", "ребенок-инвалид"];
const CAUSES = {
  general: "общее заболевание",
  childhood: "с детства",
  work_injury: "трудовое увечье",
} as const;

const columns: Column[] = [
  iinColumn("ИИН"),
  required("Дата рождения", "date", "Date of birth", { format: "dmy", birthDate: true }),
  required("Группа инвалидности", "code", "Disability group 1-3, or child with a disability", {
    codes: GROUPS,
    unknownCodes: ["4", "0"],
  }),
  required("Причина", "code", "Cause of disability", {
    codes: Object.values(CAUSES),
    unknownCodes: ["прочее-12"],
  }),
  required("Дата освидетельствования", "date", "Date of the latest assessment", { format: "dmy" }),
  optional("Дата переосвидетельствования", "date", "Next review; empty when set without a term", {
    format: "dmy",
    future: true,
  }),
  optional("Процент утраты трудоспособности", "int", "Loss of working capacity, %, adults"),
];

/** Reviews: yearly for groups 2 and 3, every two years for children, none for group 1 over 50. */
function reviewYears(p: Person, day: number): number | null {
  if (p.childDisability) return 2;
  if (p.disability === 1 && ageOn(p.birthDay, day) >= 50) return null;

  return p.disability === 1 ? 2 : 1;
}

export const disability: Source = {
  id: "disability",
  title: "Disability assessments",
  owner: "Ministry of Labour and Social Protection (medical and social expertise)",
  row: "One living person with a disability and their latest assessment.",
  notes: "Groups 1, 2, 3 for adults; children under 18 are recorded as 'ребенок-инвалид'.",
  version: 1,
  language: "ru",
  format: {
    kind: "csv",
    delimiter: ";",
    encoding: "utf-8-bom",
    decimal: ",",
    bool: ["Да", "Нет"],
    lineEnding: "\n",
  },
  columns,
  contradict: otherBirthDate(columnIndex(columns, "Дата рождения")),
  emit(view, out) {
    for (const p of living(view)) {
      if ((p.disability === 0 && !p.childDisability) || p.disabilitySince > view.day) continue;

      const years = reviewYears(p, view.day);
      const period = years === null ? 0 : Math.round(years * 365.25);
      const latest =
        period === 0
          ? p.disabilitySince
          : p.disabilitySince + Math.floor((view.day - p.disabilitySince) / period) * period;
      const group = p.childDisability ? "ребенок-инвалид" : String(p.disability);
      const capacity = p.childDisability ? null : ([0, 90, 70, 40][p.disability] ?? null);
      const row: Cell[] = [
        p.iin,
        p.birthDay,
        group,
        CAUSES[p.disabilityCause],
        latest,
        period === 0 ? null : latest + period,
        capacity,
      ];
      out(row);
    }
  },
};
