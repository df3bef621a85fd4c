import path from "node:path";
import { createClient, type ClickHouseClient } from "@clickhouse/client";
import { getEnv, type Env } from "../env";

export type LakeClient = ClickHouseClient;
type ClientConnection = NonNullable<NonNullable<Parameters<typeof createClient>[0]>["connection"]>;

type LakeSettings = Pick<
  Env,
  "CLICKHOUSE_URL" | "CLICKHOUSE_USER" | "CLICKHOUSE_PASSWORD" | "CLICKHOUSE_DATABASE" | "dataDir"
>;

export function chdbPath(dataDir: string): string {
  return path.join(dataDir, "clickhouse");
}

/**
 * Opens the lake. With CLICKHOUSE_URL, a ClickHouse server. Without, chDB in DATA_DIR: the same
 * engine in-process, behind the same client. chDB ignores the client's `database` option, so the
 * session selects the lake's database with USE, which holds for the session's lifetime.
 */
export async function openLake(settings: LakeSettings): Promise<LakeClient> {
  const database = settings.CLICKHOUSE_DATABASE;
  if (settings.CLICKHOUSE_URL) {
    await ensureServerDatabase(settings);
    return createClient({
      url: settings.CLICKHOUSE_URL,
      username: settings.CLICKHOUSE_USER,
      password: settings.CLICKHOUSE_PASSWORD,
      database,
      request_timeout: 300_000,
    });
  }

  // Loaded on first use only: the engine is large, and `next build` must never open it.
  const { createChdbConnection } = await import("chdb/connection");
  // chDB types its connection against @clickhouse/client-common, a copy of the types that
  // @clickhouse/client bundles; the two are the same at run time.
  const connection = createChdbConnection({
    path: chdbPath(settings.dataDir),
  }) as unknown as ClientConnection;
  const client = createClient({ connection });
  await client.command({ query: `CREATE DATABASE IF NOT EXISTS ${database}` });
  await client.command({ query: `USE ${database}` });
  return client;
}

async function ensureServerDatabase(settings: LakeSettings): Promise<void> {
  const admin = createClient({
    url: settings.CLICKHOUSE_URL,
    username: settings.CLICKHOUSE_USER,
    password: settings.CLICKHOUSE_PASSWORD,
    request_timeout: 10_000,
  });
  try {
    await admin.command({ query: `CREATE DATABASE IF NOT EXISTS ${settings.CLICKHOUSE_DATABASE}` });
  } finally {
    await admin.close();
  }
}

const KEY = Symbol.for("portal.lake");
type Holder = { [KEY]?: Promise<LakeClient> };

/** The process's one lake client, opened on first use; a failed open is retried next time. */
export function getLake(): Promise<LakeClient> {
  const holder = globalThis as Holder;
  holder[KEY] ??= openLake(getEnv()).catch((error: unknown) => {
    delete holder[KEY];
    throw error;
  });
  return holder[KEY];
}

export async function closeLake(): Promise<void> {
  const holder = globalThis as Holder;
  const pending = holder[KEY];
  delete holder[KEY];
  if (pending) await (await pending).close();
}
