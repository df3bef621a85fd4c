import { preschool as schema } from "../../registries/sources/preschool";
import { pipelineSource } from "./define";

export const preschool = pipelineSource(schema, {
  "Баланың ЖСН": "person_id",
  "Туған күні": "birth_date",
  "Балабақша коды": "kindergarten_code",
  Мәртебесі: "status",
  "Кезекке тұрған күні": "queued_on",
  "Қабылданған күні": "admitted_on",
});
