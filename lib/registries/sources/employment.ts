import { iinColumn, optional, required } from "../schema/columns";
import type { Source } from "../schema/types";
import { deadPerson, living } from "./helpers";

const OCCUPATIONS = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];

export const employment: Source = {
  id: "employment",
  title: "Employment contracts and job seekers",
  owner: "Ministry of Labour and Social Protection (electronic labour exchange)",
  row: "An employment contract (running, or ended in the last year) or a job-seeker registration.",
  notes:
    "Occupation as the major group of the national classifier (ISCO-08 based). " +
    "Timestamps in Astana time.",
  version: 1,
  language: "en",
  format: { kind: "ndjson" },
  columns: [
    iinColumn("iin"),
    required("record_type", "code", "contract or jobseeker", {
      codes: ["contract", "jobseeker"],
      unknownCodes: ["internship_legacy"],
    }),
    optional("employer_bin", "text", "Contract: employer BIN"),
    optional("occupation", "code", "Contract: occupation major group", {
      codes: OCCUPATIONS,
      unknownCodes: ["0X"],
    }),
    required("start_date", "date", "Contract start, or job-seeker registration date", {
      format: "iso",
    }),
    optional("end_date", "date", "Contract end; empty while running", { format: "iso" }),
    optional("termination_reason", "code", "Why the contract ended", {
      codes: ["dismissal", "own_will", "contract_end"],
      unknownCodes: ["other_17"],
    }),
    required("status", "code", "active or closed", {
      codes: ["active", "closed"],
      unknownCodes: ["suspended_x"],
    }),
  ],
  contradict: deadPerson(0, "employment record"),
  emit(view, out) {
    for (const p of living(view)) {
      if (p.employerBin && p.jobStart >= 0 && p.jobStart <= view.day) {
        const ended = p.jobEnd !== null && p.jobEnd <= view.day;
        if (!ended || (p.jobEnd ?? 0) >= view.day - 365) {
          const occupation = OCCUPATIONS[(p.slot + p.birthDay) % OCCUPATIONS.length] ?? "9";
          const reason = ended ? (p.slot % 3 === 0 ? "own_will" : "dismissal") : null;
          out([
            p.iin,
            "contract",
            p.employerBin,
            occupation,
            p.jobStart,
            ended ? p.jobEnd : null,
            reason,
            ended ? "closed" : "active",
          ]);
        }
      }
      if (p.jobSeekerDay !== null && p.jobSeekerDay <= view.day && p.work === "unemployed") {
        out([p.iin, "jobseeker", null, null, p.jobSeekerDay, null, null, "active"]);
      }
    }
  },
};
