import { taxIncome as schema } from "../../registries/sources/tax-income";
import { pipelineSource } from "./define";

// A sole proprietor's BIN is their own IIN, so the payer is pseudonymised like a person.
export const taxIncome = pipelineSource(schema, { iin: "person_id", payer_bin: "payer_id" }, [
  "payer_bin",
]);
