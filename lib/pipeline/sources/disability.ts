import { disability as schema } from "../../registries/sources/disability";
import { pipelineSource } from "./define";

export const disability = pipelineSource(schema, {
  ИИН: "person_id",
  "Дата рождения": "birth_date",
  "Группа инвалидности": "disability_group",
  Причина: "cause",
  "Дата освидетельствования": "assessed_on",
  "Дата переосвидетельствования": "review_on",
  "Процент утраты трудоспособности": "capacity_loss_percent",
});
