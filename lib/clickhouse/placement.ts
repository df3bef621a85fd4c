import type { Env } from "../env";
import type { Placement } from "./migration-files";

export function placementOf(env: Env): Placement {
  return { database: env.CLICKHOUSE_DATABASE, cluster: env.CLICKHOUSE_CLUSTER };
}
