import { benefitsPaid as schema } from "../../registries/sources/benefits-paid";
import { pipelineSource } from "./define";

export const benefitsPaid = pipelineSource(schema, { iin: "person_id" });
