import { utilities as schema } from "../../registries/sources/utilities";
import { pipelineSource } from "./define";

export const utilities = pipelineSource(
  schema,
  { account_holder_iin: "account_holder_id", address_id: "address_key" },
  ["address_id"],
);
