import { PrismaPg } from "@prisma/adapter-pg";
import { getEnv } from "../env";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;

export function createDb(url: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
}

const KEY = Symbol.for("portal.db");
type Holder = { [KEY]?: Db };

/**
 * The process's one Prisma client. The embedded server's address is only known once the start
 * script has started it, so DATABASE_URL is read from the environment on first use.
 */
export function getDb(): Db {
  const holder = globalThis as Holder;
  if (holder[KEY]) return holder[KEY];

  const url = getEnv().DATABASE_URL ?? process.env.PORTAL_DATABASE_URL;
  if (!url) throw new Error("No database: DATABASE_URL is not set and the portal was not started");
  holder[KEY] = createDb(url);
  return holder[KEY];
}

export async function closeDb(): Promise<void> {
  const holder = globalThis as Holder;
  const db = holder[KEY];
  delete holder[KEY];
  await db?.$disconnect();
}
