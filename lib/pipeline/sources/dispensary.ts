import { dispensary as schema } from "../../registries/sources/dispensary";
import { pipelineSource } from "./define";

export const dispensary = pipelineSource(schema, { iin: "person_id" });
