import { KNOWN_KATO } from "../country/districts";
import { ageOn } from "../calendar";
import { iinColumn, required } from "../schema/columns";
import type { Source } from "../schema/types";
import { deadPerson, living } from "./helpers";

export const utilities: Source = {
  id: "utilities",
  title: "Utilities access",
  owner: "Utility billing centres (consolidated by the housing committee)",
  row:
    "One dwelling with an account: " +
    "its size, the services it is connected to, the bill and arrears.",
  notes:
    "The address identifier links dwellings to the address register. " +
    "UTF-8 with BOM (spreadsheet export).",
  version: 1,
  language: "en",
  format: {
    kind: "csv",
    delimiter: ",",
    encoding: "utf-8-bom",
    decimal: ".",
    bool: ["yes", "no"],
    lineEnding: "\r\n",
  },
  columns: [
    required("address_id", "text", "Address register identifier of the dwelling"),
    required("kato", "code", "District (KATO)", {
      codes: [...KNOWN_KATO],
      unknownCodes: ["799999999"],
    }),
    iinColumn("account_holder_iin", "IIN of the account holder"),
    required("street_address", "text", "Street address", { personal: "address" }),
    required("dwelling_type", "code", "apartment or house", {
      codes: ["apartment", "house"],
      unknownCodes: ["yurt?"],
    }),
    required("living_area_m2", "decimal", "Total area, m²", { scale: 1 }),
    required("rooms", "int", "Rooms"),
    required("electricity", "bool", "Connected to electricity"),
    required("gas", "code", "Gas supply", {
      codes: ["mains", "bottled", "none"],
      unknownCodes: ["lpg_7"],
    }),
    required("water", "code", "Water supply", {
      codes: ["piped", "well", "delivered"],
      unknownCodes: ["other"],
    }),
    required("sewage", "code", "Sewage", {
      codes: ["central", "septic", "none"],
      unknownCodes: ["pit_9"],
    }),
    required("heating", "code", "Heating", {
      codes: ["central", "individual", "stove"],
      unknownCodes: ["x"],
    }),
    required("monthly_bill", "decimal", "Average monthly bill, tenge", { scale: 2 }),
    required("arrears_months", "int", "Months of unpaid bills"),
  ],
  contradict: deadPerson(2, "utility account"),
  emit(view, out) {
    const people = living(view);
    for (const home of view.family.households) {
      const residents = people.filter(
        (p) => p.household === home.number && ageOn(p.birthDay, view.day) >= 18,
      );
      const holder = residents[0];
      if (!holder) continue;

      const street =
        `${home.settlement}, ${home.street}, ${home.house}` +
        (home.flat === null ? "" : `-${home.flat}`);
      out([
        home.addressId,
        home.kato,
        holder.iin,
        street,
        home.dwelling,
        home.area,
        home.rooms,
        home.electricity,
        home.gas,
        home.water,
        home.sewage,
        home.heating,
        home.monthlyBill,
        home.arrearsMonths,
      ]);
    }
  },
};
