import { socialInsurance as schema } from "../../registries/sources/social-insurance";
import { pipelineSource } from "./define";

export const socialInsurance = pipelineSource(schema, { iin: "person_id" });
