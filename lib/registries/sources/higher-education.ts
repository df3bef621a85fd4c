import { toDay } from "../calendar";
import { schoolYearStart, tertiaryYear } from "../model/education";
import { iinColumn, required } from "../schema/columns";
import type { Source } from "../schema/types";
import { deadPerson, living } from "./helpers";

export const higherEducation: Source = {
  id: "higher-education",
  title: "Vocational and higher education",
  owner: "Ministry of Science and Higher Education; Ministry of Enlightenment for colleges",
  row: "One student enrolled in a college (TVET) or a university.",
  notes: "NDJSON. Institution codes are the ministry's.",
  version: 1,
  language: "en",
  format: { kind: "ndjson" },
  columns: [
    iinColumn("iin"),
    required("institution_code", "text", "College or university code"),
    required("level", "code", "TVET (college) or BACHELOR", {
      codes: ["TVET", "BACHELOR"],
      unknownCodes: ["DOCTORATE_OLD"],
    }),
    required("course", "int", "Year of study"),
    required("study_form", "code", "full_time or part_time", {
      codes: ["full_time", "part_time"],
      unknownCodes: ["distance_x"],
    }),
    required("funding", "code", "state grant or paid", {
      codes: ["grant", "paid"],
      unknownCodes: ["other"],
    }),
    required("enrolled_on", "date", "Date of enrolment", { format: "iso" }),
    required("expected_graduation", "date", "Expected graduation", { format: "iso", future: true }),
  ],
  contradict: deadPerson(0, "student enrolment"),
  emit(view, out) {
    for (const p of living(view)) {
      const course = tertiaryYear(p, view.day);
      if (course === null || p.tertiary === null) continue;

      const start = schoolYearStart(view.day) - course + 1;
      const length = p.tertiary === "tvet" ? 3 : 4;
      const code = (p.tertiary === "tvet" ? "C" : "U") + String(p.birthDay % 97).padStart(3, "0");
      const form = p.slot % 9 === 0 ? "part_time" : "full_time";
      const funding = (p.birthDay + p.slot) % 3 === 0 ? "grant" : "paid";
      out([
        p.iin,
        code,
        p.tertiary.toUpperCase(),
        course,
        form,
        funding,
        toDay(start, 9, 1),
        toDay(start + length, 6, 30),
      ]);
    }
  },
};
