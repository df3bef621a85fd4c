import { KNOWN_KATO } from "../country/districts";
import { iinColumn, optional, required } from "../schema/columns";
import type { Source } from "../schema/types";
import { KAZAKH_NATIONALITY, RUSSIAN_NATIONALITY } from "./helpers";

const KATO = [...KNOWN_KATO];

export const civilRegistry: Source = {
  id: "civil-registry",
  title: "Civil registry",
  owner: "Ministry of Justice (civil registration, population register)",
  row:
    "One person ever registered: living, and dead with a date of death. " +
    "Forebears who died before the epoch are here too.",
  notes:
    "IIN is the key. Sex М/Ж. " +
    "Nationality by the national classifier (005 Kazakh, 001 Russian). " +
    "Place of birth as a 9-digit KATO code.",
  version: 1,
  language: "ru",
  format: {
    kind: "csv",
    delimiter: ";",
    encoding: "utf-8-bom",
    decimal: ",",
    bool: ["Да", "Нет"],
    lineEnding: "\r\n",
  },
  columns: [
    iinColumn("ИИН"),
    required("Фамилия", "text", "Surname", { personal: "name" }),
    required("Имя", "text", "Given name", { personal: "name" }),
    optional("Отчество", "text", "Patronymic (many Kazakh names have none)", { personal: "name" }),
    required("Дата рождения", "date", "Date of birth", { format: "dmy", birthDate: true }),
    required("Пол", "code", "Sex: М male, Ж female", {
      codes: ["М", "Ж"],
      unknownCodes: ["X", "0"],
    }),
    required("Гражданство", "code", "Citizenship, ISO 3166 alpha-3", {
      codes: ["KAZ"],
      unknownCodes: ["XXX"],
    }),
    optional("Национальность", "code", "Nationality code", {
      codes: [KAZAKH_NATIONALITY, RUSSIAN_NATIONALITY],
    }),
    required("Код КАТО места рождения", "code", "Place of birth (district KATO)", {
      codes: KATO,
      unknownCodes: ["759999999", "000000000"],
    }),
    optional("Дата смерти", "date", "Date of death, empty while alive", { format: "dmy" }),
  ],
  emit(view, out) {
    for (const p of view.family.members) {
      if (p.birthDay > view.day) continue;

      const died = p.deathDay !== null && p.deathDay <= view.day ? p.deathDay : null;
      const nationality = p.nameSet === "kazakh" ? KAZAKH_NATIONALITY : RUSSIAN_NATIONALITY;
      out([
        p.iin,
        p.surname,
        p.firstName,
        p.patronymic,
        p.birthDay,
        p.sex === 0 ? "М" : "Ж",
        "KAZ",
        nationality,
        p.birthKato,
        died,
      ]);
    }
  },
};
