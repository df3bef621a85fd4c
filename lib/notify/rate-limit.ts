import crypto from "node:crypto";
import type { Db } from "../db/client";

const WINDOW_MS = 60_000;

/** A client address as the rate limit keys it: hashed, so no address is stored. */
export const addressKey = (scope: string, address: string) =>
  `${scope}:${crypto.createHash("sha256").update(address).digest("hex").slice(0, 32)}`;

/**
 * Counts one request of a client in the current minute and says whether it is within the
 * limit. Kept in Postgres, so that every instance of the portal counts the same requests.
 * Windows older than an hour are removed as new ones open.
 */
export async function withinRateLimit(
  db: Db,
  key: string,
  limit: number,
  now = new Date(),
): Promise<boolean> {
  const windowStart = new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
  const [row] = await db.$queryRaw<{ hits: number }[]>`
    INSERT INTO rate_limit_windows (key, window_start, hits) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_windows.hits + 1
    RETURNING hits`;
  if (row?.hits === 1) {
    const old = new Date(windowStart.getTime() - 60 * WINDOW_MS);
    await db.rateLimitWindow.deleteMany({ where: { windowStart: { lt: old } } });
  }

  return (row?.hits ?? 0) <= limit;
}
