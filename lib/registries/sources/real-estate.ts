import { KNOWN_KATO } from "../country/districts";
import { iinColumn, optional, required } from "../schema/columns";
import type { Column, Source } from "../schema/types";
import { beforeBirth, columnIndex, householdOf } from "./helpers";

const columns: Column[] = [
  required("cadastral_number", "text", "Cadastral number of the property"),
  iinColumn("owner_iin", "IIN of the owner"),
  required("property_type", "code", "Kind of property", {
    codes: ["apartment", "house", "commercial", "garage", "dacha"],
    unknownCodes: ["hangar_legacy"],
  }),
  required("kato", "code", "District (KATO)", {
    codes: [...KNOWN_KATO],
    unknownCodes: ["479999999"],
  }),
  required("area_m2", "decimal", "Total area, m²", { scale: 1 }),
  optional("rooms", "int", "Rooms (dwellings)"),
  required("share", "decimal", "Owner's share", { scale: 2 }),
  required("registered_on", "date", "Date the right was registered"),
  optional("address", "text", "Street address of the property", { personal: "address" }),
];

export const realEstate: Source = {
  id: "real-estate",
  title: "Real estate rights",
  owner: "Government for Citizens state corporation (legal cadastre)",
  row:
    "One property right of a person, " +
    "including rights of people who have died (inheritance takes time).",
  notes: "Parquet: dates as DATE, areas as DOUBLE.",
  version: 1,
  language: "en",
  format: { kind: "parquet" },
  columns,
  contradict: beforeBirth(columnIndex(columns, "registered_on"), 1, "property registered"),
  emit(view, out) {
    const { family } = view;
    for (const property of family.properties) {
      const owner = family.members[property.ownerSlot];
      if (!owner || property.registeredDay > view.day) continue;

      const home = property.household === null ? null : family.households[property.household];
      const address = home ? `${home.settlement}, ${home.street}, ${home.house}` : null;
      const kato = home && property.household === 0 && home.moves === 0 ? home.kato : property.kato;
      out([
        property.cadastral,
        owner.iin,
        property.kind,
        kato,
        property.area,
        property.rooms || null,
        property.share,
        property.registeredDay,
        address ?? householdOf(family, owner).settlement,
      ]);
    }
  },
};
