import crypto from "node:crypto";

// 128 random bits, base64url: 22 characters, nothing else.
const TOKEN = /^[A-Za-z0-9_-]{22}$/;

/** A new link token: 128 random bits. Only its hash is ever stored. */
export function newToken(): string {
  return crypto.randomBytes(16).toString("base64url");
}

/** What the database keeps of a token: its SHA-256, in hex. */
export function tokenHash(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * The hash to look a presented token up by. A malformed token is hashed all the same (as a
 * stand-in), so that an unknown, a tampered and a well-formed token cost the same lookup and
 * get the same answer.
 */
export function lookupHash(presented: string): string {
  return tokenHash(TOKEN.test(presented) ? presented : `malformed:${presented.slice(0, 64)}`);
}
