import type { Db } from "../db/client";

export const THROTTLE = {
  windowMinutes: 15,
  maxFailuresPerLogin: 5,
  maxFailuresPerAddress: 20,
  /** Each failure waits longer before answering, up to this. */
  maxDelayMs: 4000,
};

export type ThrottleVerdict =
  { blocked: false; failures: number } | { blocked: true; minutes: number };

/**
 * Failed sign-ins in the last window, since the login's last success. Past the limit, sign-in
 * for that login (or from that address) is refused without checking the password until the
 * oldest counted failure leaves the window.
 */
export async function checkThrottle(
  db: Db,
  login: string,
  address: string,
): Promise<ThrottleVerdict> {
  const since = new Date(Date.now() - THROTTLE.windowMinutes * 60_000);
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { login, succeeded: true, at: { gte: since } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const from = lastSuccess?.at ?? since;
  const [byLogin, byAddress] = await Promise.all([
    db.signInAttempt.findMany({
      where: { login, succeeded: false, at: { gt: from } },
      orderBy: { at: "asc" },
      select: { at: true },
    }),
    db.signInAttempt.count({ where: { address, succeeded: false, at: { gt: since } } }),
  ]);

  const oldest = byLogin[0]?.at;
  if (byLogin.length >= THROTTLE.maxFailuresPerLogin && oldest) {
    const freeAt = oldest.getTime() + THROTTLE.windowMinutes * 60_000;
    return { blocked: true, minutes: Math.max(1, Math.ceil((freeAt - Date.now()) / 60_000)) };
  }
  if (byAddress >= THROTTLE.maxFailuresPerAddress) {
    return { blocked: true, minutes: THROTTLE.windowMinutes };
  }
  return { blocked: false, failures: byLogin.length };
}

export function failureDelayMs(failures: number): number {
  return Math.min(THROTTLE.maxDelayMs, 250 * 2 ** failures);
}

export async function recordAttempt(db: Db, login: string, address: string, succeeded: boolean) {
  await db.signInAttempt.create({ data: { login, address, succeeded } });
}
