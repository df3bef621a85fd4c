import { KNOWN_KATO } from "../country/districts";
import { iinColumn, required } from "../schema/columns";
import type { Column, Source } from "../schema/types";
import { beforeBirth, columnIndex } from "./helpers";

const PURPOSE = { household_plot: "ЛПХ", farming: "КХ", individual_housing: "ИЖС" } as const;

const columns: Column[] = [
  required("Кадастровый номер", "text", "Cadastral number of the plot"),
  iinColumn("ИИН правообладателя", "IIN of the right holder"),
  required("Целевое назначение", "code", "Purpose: ЛПХ household plot, КХ farm, ИЖС housing", {
    codes: Object.values(PURPOSE),
    unknownCodes: ["ПРОЧ", "СХН-9"],
  }),
  required("Площадь, га", "decimal", "Area, hectares (decimal comma)", { scale: 2 }),
  required("Код КАТО", "code", "District (KATO)", {
    codes: [...KNOWN_KATO],
    unknownCodes: ["619999999"],
  }),
  required("Дата регистрации", "date", "Date the right was registered", { format: "dmy" }),
];

export const land: Source = {
  id: "land",
  title: "Land plots",
  owner: "Ministry of Agriculture (land cadastre)",
  row: "One land plot held by a person.",
  notes: "A legacy pipe-separated export in Windows-1251 with CRLF line ends and decimal commas.",
  version: 1,
  language: "ru",
  format: {
    kind: "csv",
    delimiter: "|",
    encoding: "windows-1251",
    decimal: ",",
    bool: ["Да", "Нет"],
    lineEnding: "\r\n",
  },
  columns,
  contradict: beforeBirth(columnIndex(columns, "Дата регистрации"), 1, "land right registered"),
  emit(view, out) {
    for (const plot of view.family.land) {
      const owner = view.family.members[plot.ownerSlot];
      if (!owner || plot.registeredDay > view.day) continue;

      out([
        plot.cadastral,
        owner.iin,
        PURPOSE[plot.purpose],
        plot.hectares,
        plot.kato,
        plot.registeredDay,
      ]);
    }
  },
};
