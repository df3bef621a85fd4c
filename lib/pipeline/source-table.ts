import type { Env } from "../env";
import type { LandedDelivery } from "./landing-plan";
import type { SourceTable } from "./sql/read";

/**
 * Where ClickHouse reaches a database-served source. In embedded mode the registries database
 * lives on the portal's own Postgres server; REGISTRIES_DATABASE_URL points elsewhere.
 */
export function sourceTable(env: Env, delivery: LandedDelivery): SourceTable | undefined {
  if (!delivery.table) return undefined;

  const base =
    process.env.REGISTRIES_DATABASE_URL ?? env.DATABASE_URL ?? process.env.PORTAL_DATABASE_URL;
  if (!base) throw new Error("No Postgres to read the database-served source from");
  const url = new URL(base);
  return {
    hostPort: `${url.hostname}:${url.port || 5432}`,
    database: delivery.table.database,
    table: delivery.table.name,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  };
}
