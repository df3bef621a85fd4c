import { land as schema } from "../../registries/sources/land";
import { pipelineSource } from "./define";

export const land = pipelineSource(schema, {
  "Кадастровый номер": "cadastral_number",
  "ИИН правообладателя": "holder_id",
  "Целевое назначение": "purpose",
  "Площадь, га": "area_ha",
  "Код КАТО": "kato",
  "Дата регистрации": "registered_on",
});
