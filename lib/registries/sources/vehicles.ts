import { iinColumn, required } from "../schema/columns";
import type { Column, Source } from "../schema/types";
import { beforeBirth, columnIndex } from "./helpers";

const columns: Column[] = [
  required("vin", "text", "Vehicle identification number"),
  required("plate_number", "text", "Registration plate; the last two digits are the region"),
  iinColumn("owner_iin", "IIN of the registered owner"),
  required("category", "code", "Vehicle category", {
    codes: ["M1", "N1", "L3"],
    unknownCodes: ["Z9"],
  }),
  required("make", "text", "Make"),
  required("model_year", "int", "Year of manufacture"),
  required("registered_on", "date", "Date registered to this owner"),
  required("commercial", "bool", "Registered for commercial use"),
];

export const vehicles: Source = {
  id: "vehicles",
  title: "Vehicle registrations",
  owner: "Ministry of Internal Affairs (vehicle register)",
  row: "One vehicle registered to a person.",
  notes: "Parquet: dates as DATE, booleans as BOOLEAN.",
  version: 1,
  language: "en",
  format: { kind: "parquet" },
  columns,
  contradict: beforeBirth(columnIndex(columns, "registered_on"), 2, "vehicle registered"),
  emit(view, out) {
    for (const v of view.family.vehicles) {
      const owner = view.family.members[v.ownerSlot];
      if (!owner || v.registeredDay > view.day) continue;

      out([v.vin, v.plate, owner.iin, v.category, v.make, v.year, v.registeredDay, v.commercial]);
    }
  },
};
