import { vehicles as schema } from "../../registries/sources/vehicles";
import { pipelineSource } from "./define";

export const vehicles = pipelineSource(schema, { owner_iin: "owner_id" });
