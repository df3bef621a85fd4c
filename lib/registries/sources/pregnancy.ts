import { iinColumn, optional, required } from "../schema/columns";
import type { Source } from "../schema/types";
import { living } from "./helpers";

export const pregnancy: Source = {
  id: "pregnancy",
  title: "Pregnancy registrations",
  owner: "Ministry of Health (register of pregnant women)",
  row: "A pregnancy under observation, or one that ended in a birth in the last year.",
  notes: "NDJSON. Weeks of gestation at registration; expected delivery date from the last period.",
  version: 1,
  language: "en",
  format: { kind: "ndjson" },
  columns: [
    iinColumn("iin", "IIN of the pregnant woman"),
    required("registered_on", "date", "Date the pregnancy was registered", { format: "iso" }),
    required("weeks_at_registration", "int", "Weeks of gestation at registration"),
    required("expected_delivery", "date", "Expected delivery date", {
      format: "iso",
      future: true,
    }),
    required("pregnancy_number", "int", "Which pregnancy of the woman this is"),
    required("clinic_code", "text", "Clinic observing the pregnancy"),
    optional("outcome", "code", "birth once delivered; empty while pregnant", {
      codes: ["birth"],
      unknownCodes: ["transfer_x"],
    }),
    optional("outcome_date", "date", "Date of the outcome", { format: "iso" }),
  ],
  contradict(row, view) {
    const woman = view.family.members.find((p) => p.iin === row[0]);
    const husband = woman ? view.family.members[woman.spouseSlot] : undefined;
    if (!husband) return null;

    row[0] = husband.iin;
    return "pregnancy registered to a man according to the civil registry";
  },
  emit(view, out) {
    for (const p of living(view)) {
      if (p.sex !== 1) continue;

      if (p.dueDay !== null && p.pregnancyDay !== null && p.pregnancyDay <= view.day) {
        const weeks = 40 - Math.round((p.dueDay - p.pregnancyDay) / 7);
        out([p.iin, p.pregnancyDay, weeks, p.dueDay, p.pregnancies, p.clinic, null, null]);
      }
      if (p.lastBirthDay >= view.day - 365 && p.lastBirthDay <= view.day && p.lastBirthDay >= 0) {
        const registered = p.lastBirthDay - 205;
        const number = p.dueDay !== null ? p.pregnancies - 1 : p.pregnancies;
        out([
          p.iin,
          registered,
          10,
          p.lastBirthDay,
          Math.max(1, number),
          p.clinic,
          "birth",
          p.lastBirthDay,
        ]);
      }
    }
  },
};
