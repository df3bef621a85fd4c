import { KNOWN_KATO } from "../country/districts";
import { optional, required } from "../schema/columns";
import type { Column, Source } from "../schema/types";
import { columnIndex, householdOf } from "./helpers";

const ACT_TYPES = ["01", "02", "03"];

const columns: Column[] = [
  required("Акт нөмірі", "text", "Act record number"),
  required("Акт түрі", "code", "Act type: 01 birth, 02 marriage, 03 divorce", {
    codes: ACT_TYPES,
    unknownCodes: ["09", "99"],
  }),
  required("Тіркелген күні", "date", "Date the act was registered", { format: "ymd" }),
  required(
    "Бала немесе күйеу ЖСН",
    "iin",
    "Birth: the child's IIN; marriage and divorce: the husband's",
    { personal: "iin" },
  ),
  required(
    "Ана немесе әйел ЖСН",
    "iin",
    "Birth: the mother's IIN; marriage and divorce: the wife's",
    { personal: "iin" },
  ),
  optional("Әке ЖСН", "iin", "Birth: the father's IIN when registered", { personal: "iin" }),
  required("Тіркеу органы КАТО", "code", "Registry office district (KATO)", {
    codes: [...KNOWN_KATO],
    unknownCodes: ["119999999"],
  }),
];
const REGISTERED = columnIndex(columns, "Тіркелген күні");

export const civilStatusActs: Source = {
  id: "civil-status-acts",
  title: "Civil status acts",
  owner: "Ministry of Justice (registry offices, ZAGS)",
  row: "One act: a birth (child and parents: the parent-child links), a marriage or a divorce.",
  notes:
    "Act numbers are the registry office's: type, family of records, sequence. Dates YYYYMMDD.",
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
  contradict(row, view, draw) {
    const child = view.family.members.find((p) => p.iin === row[3]);
    if (row[1] !== "01" || !child) return null;

    row[REGISTERED] = child.birthDay - 20 - (draw % 700);
    return "birth registered before the child's birth date in the civil registry";
  },
  emit(view, out) {
    const { family, day } = view;
    const number = (kind: string, n: number) =>
      `${kind}-${String(family.index).padStart(8, "0")}-${n}`;
    for (const child of family.members) {
      const mother = family.members[child.motherSlot];
      if (!mother || child.birthDay > day) continue;

      const father = family.members[child.fatherSlot];
      const registered = child.birthDay + (child.slot % 10);
      if (registered > day) continue;

      const kato = child.birthKato;
      out([
        number("01", child.slot),
        "01",
        registered,
        child.iin,
        mother.iin,
        father?.iin ?? null,
        kato,
      ]);
    }
    for (const act of family.acts) {
      const husband = family.members[act.husbandSlot];
      const wife = family.members[act.wifeSlot];
      if (!husband || !wife || act.day > day) continue;

      const kind = act.kind === "marriage" ? "02" : "03";
      out([
        number(kind, act.number),
        kind,
        act.day,
        husband.iin,
        wife.iin,
        null,
        householdOf(family, wife).kato,
      ]);
    }
  },
};
