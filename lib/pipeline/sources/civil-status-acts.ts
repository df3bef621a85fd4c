import { civilStatusActs as schema } from "../../registries/sources/civil-status-acts";
import { pipelineSource } from "./define";

export const civilStatusActs = pipelineSource(schema, {
  "Акт нөмірі": "act_number",
  "Акт түрі": "act_type",
  "Тіркелген күні": "registered_on",
  "Бала немесе күйеу ЖСН": "child_or_husband_id",
  "Ана немесе әйел ЖСН": "mother_or_wife_id",
  "Әке ЖСН": "father_id",
  "Тіркеу органы КАТО": "office_kato",
});
