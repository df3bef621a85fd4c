import { mobileContacts as schema } from "../../registries/sources/mobile-contacts";
import { pipelineSource } from "./define";

export const mobileContacts = pipelineSource(schema, {
  ЖСН: "person_id",
  Оператор: "operator",
  "Тіркелген күні": "registered_on",
  "Хабарлама тілі": "language",
});
