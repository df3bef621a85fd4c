import { addresses as schema } from "../../registries/sources/addresses";
import { pipelineSource } from "./define";

export const addresses = pipelineSource(
  schema,
  {
    ИИН: "person_id",
    "Код КАТО": "kato",
    "Идентификатор адреса": "address_key",
    "Дата регистрации": "registered_on",
    "Вид регистрации": "registration_kind",
  },
  ["Идентификатор адреса"],
);
