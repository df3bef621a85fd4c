import { loans as schema } from "../../registries/sources/loans";
import { pipelineSource } from "./define";

export const loans = pipelineSource(schema, { iin: "person_id" });
