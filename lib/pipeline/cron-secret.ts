import crypto from "node:crypto";

export type CronCheck = { ok: true } | { ok: false; error: string };

const digest = (value: string) => crypto.createHash("sha256").update(value).digest();

/**
 * Checks `Authorization: Bearer <CRON_SECRET>`. Both sides are hashed first so that the
 * comparison is constant-time whatever the length of what was sent. Without a secret nothing
 * is accepted: an open trigger would let anyone start the pipeline.
 */
export function checkCronSecret(authorization: string | null, secret: string): CronCheck {
  if (!secret) {
    return { ok: false, error: "The sync trigger is closed: CRON_SECRET is not set." };
  }

  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1];
  if (!bearer) {
    return { ok: false, error: "Send the cron secret as Authorization: Bearer <CRON_SECRET>." };
  }

  const matches = crypto.timingSafeEqual(digest(bearer), digest(secret));
  return matches ? { ok: true } : { ok: false, error: "The cron secret is not right." };
}
