import { higherEducation as schema } from "../../registries/sources/higher-education";
import { pipelineSource } from "./define";

export const higherEducation = pipelineSource(schema, { iin: "person_id" });
