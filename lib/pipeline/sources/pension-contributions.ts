import { pensionContributions as schema } from "../../registries/sources/pension-contributions";
import { pipelineSource } from "./define";

export const pensionContributions = pipelineSource(schema, { iin: "person_id" });
