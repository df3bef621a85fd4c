import { healthAttachment as schema } from "../../registries/sources/health-attachment";
import { pipelineSource } from "./define";

export const healthAttachment = pipelineSource(schema, {
  ЖСН: "person_id",
  "Туған күні": "birth_date",
  Жынысы: "sex",
  "Медициналық ұйым коды": "clinic_code",
  "Тіркелген күні": "attached_on",
  "МӘМС мәртебесі": "insurance_status",
});
