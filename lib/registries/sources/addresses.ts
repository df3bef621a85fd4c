import { KNOWN_KATO } from "../country/districts";
import { iinColumn, optional, required } from "../schema/columns";
import type { Column, Source } from "../schema/types";
import { beforeBirth, columnIndex, householdOf, living } from "./helpers";

const columns: Column[] = [
  iinColumn("ИИН"),
  required("Код КАТО", "code", "District of the address (KATO)", {
    codes: [...KNOWN_KATO],
    unknownCodes: ["759999999", "631099999"],
  }),
  required("Населенный пункт", "text", "City or village", { personal: "address" }),
  required("Улица", "text", "Street", { personal: "address" }),
  required("Дом", "text", "House number", { personal: "address" }),
  optional("Квартира", "text", "Flat number", { personal: "address" }),
  required("Идентификатор адреса", "text", "Address register (RKA) identifier of the dwelling"),
  required("Дата регистрации", "date", "Date of registration at the address", { format: "dmy" }),
  required("Вид регистрации", "code", "Permanent or temporary registration", {
    codes: ["постоянная", "временная"],
    unknownCodes: ["прочая"],
  }),
];

export const addresses: Source = {
  id: "addresses",
  title: "Registered addresses",
  owner: "Ministry of Internal Affairs (migration service) with the address register",
  row:
    "One living person's registered address. " +
    "Members of one dwelling share the address identifier.",
  notes:
    "A legacy export in Windows-1251 with CRLF line ends. " +
    "The address identifier is the address register's; KATO is the district.",
  version: 1,
  language: "ru",
  format: {
    kind: "csv",
    delimiter: ";",
    encoding: "windows-1251",
    decimal: ",",
    bool: ["Да", "Нет"],
    lineEnding: "\r\n",
  },
  columns,
  contradict: beforeBirth(
    columnIndex(columns, "Дата регистрации"),
    0,
    "registration at the address",
  ),
  emit(view, out) {
    for (const p of living(view)) {
      const home = householdOf(view.family, p);
      const kind = home.owned || p.slot % 7 !== 0 ? "постоянная" : "временная";
      const since = Math.max(home.since, p.birthDay);
      out([
        p.iin,
        home.kato,
        home.settlement,
        home.street,
        String(home.house),
        home.flat === null ? null : String(home.flat),
        home.addressId,
        since,
        kind,
      ]);
    }
  },
};
