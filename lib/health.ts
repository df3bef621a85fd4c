import type { LakeClient } from "./clickhouse/client";
import type { Db } from "./db/client";

export type StoreState = "up" | "down";
export type Health = {
  status: "ok" | "unavailable";
  stores: { postgres: StoreState; clickhouse: StoreState };
  down: string[];
};

const TIMEOUT_MS = 3000;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timed out")), ms)),
  ]);
}

async function probe(check: () => Promise<unknown>): Promise<StoreState> {
  try {
    await within(check(), TIMEOUT_MS);
    return "up";
  } catch {
    return "down";
  }
}

/** Asks both stores a trivial question; either failing to answer in time counts as down. */
export async function checkHealth(stores: {
  db: () => Db;
  lake: () => Promise<LakeClient>;
}): Promise<Health> {
  const [postgres, clickhouse] = await Promise.all([
    probe(() => stores.db().$queryRaw`SELECT 1`),
    probe(async () => {
      const lake = await stores.lake();
      const result = await lake.query({ query: "SELECT 1", format: "JSONEachRow" });
      await result.json();
    }),
  ]);
  const down = [postgres === "down" && "postgres", clickhouse === "down" && "clickhouse"].filter(
    (store): store is string => Boolean(store),
  );
  return { status: down.length ? "unavailable" : "ok", stores: { postgres, clickhouse }, down };
}
