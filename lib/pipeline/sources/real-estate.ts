import { realEstate as schema } from "../../registries/sources/real-estate";
import { pipelineSource } from "./define";

export const realEstate = pipelineSource(schema, { owner_iin: "owner_id" });
