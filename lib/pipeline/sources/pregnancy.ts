import { pregnancy as schema } from "../../registries/sources/pregnancy";
import { pipelineSource } from "./define";

export const pregnancy = pipelineSource(schema, { iin: "person_id" });
