import { CHRONIC_CODES } from "../model/health";
import { iinColumn, required } from "../schema/columns";
import type { Source } from "../schema/types";
import { deadPerson, living } from "./helpers";

export const dispensary: Source = {
  id: "dispensary",
  title: "Chronic disease (dispensary) register",
  owner: "Ministry of Health (electronic register of dispensary patients)",
  row: "One chronic condition under dispensary observation.",
  notes: "Conditions as ICD-10 three-character codes.",
  version: 1,
  language: "en",
  format: {
    kind: "csv",
    delimiter: ",",
    encoding: "utf-8",
    decimal: ".",
    bool: ["Y", "N"],
    lineEnding: "\n",
  },
  columns: [
    iinColumn("iin"),
    required("icd10", "code", "Condition (ICD-10)", {
      codes: CHRONIC_CODES,
      unknownCodes: ["Z99.9X", "I1O"],
    }),
    required("diagnosed_on", "date", "Date put under observation", { format: "iso" }),
    required("clinic_code", "text", "Clinic observing the patient"),
    required("status", "code", "Observation status", {
      codes: ["observed"],
      unknownCodes: ["unknown"],
    }),
  ],
  contradict: deadPerson(0, "dispensary observation"),
  emit(view, out) {
    for (const p of living(view)) {
      if (p.chronic === null || p.chronicSince > view.day) continue;

      out([p.iin, p.chronic, p.chronicSince, p.clinic, "observed"]);
    }
  },
};
