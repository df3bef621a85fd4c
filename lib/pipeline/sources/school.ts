import { school as schema } from "../../registries/sources/school";
import { pipelineSource } from "./define";

export const school = pipelineSource(schema, {
  "ИИН ученика": "person_id",
  "Дата рождения": "birth_date",
  "Код организации образования": "school_code",
  Класс: "grade",
  "Дата зачисления": "enrolled_on",
  "Бесплатное питание": "free_meals",
  "Язык обучения": "language",
});
