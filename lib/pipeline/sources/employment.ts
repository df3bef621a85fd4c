import { employment as schema } from "../../registries/sources/employment";
import { pipelineSource } from "./define";

export const employment = pipelineSource(schema, { iin: "person_id" });
