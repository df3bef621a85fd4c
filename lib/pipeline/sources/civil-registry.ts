import { civilRegistry as schema } from "../../registries/sources/civil-registry";
import { pipelineSource } from "./define";

export const civilRegistry = pipelineSource(schema, {
  ИИН: "person_id",
  "Дата рождения": "birth_date",
  Пол: "sex",
  Гражданство: "citizenship",
  Национальность: "nationality",
  "Код КАТО места рождения": "birth_kato",
  "Дата смерти": "death_date",
});
