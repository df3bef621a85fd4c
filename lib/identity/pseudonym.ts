import crypto from "node:crypto";

/**
 * A person's pseudonym: HMAC-SHA-256 of the IIN under the secret PSEUDONYM_KEY, its first 16
 * bytes as 32 hex characters. Keyed, because an unkeyed hash of a 12-digit IIN is reversed by
 * enumerating the ~10^9 plausible IINs in minutes. The key's version is stored beside every
 * pseudonym so that a rotated key can be told apart.
 */
export function pseudonymOf(iin: string, key: string): string {
  return crypto.createHmac("sha256", key).update(iin).digest().subarray(0, 16).toString("hex");
}

/**
 * The same pseudonym computed by ClickHouse, so deliveries are depersonalised inside the engine
 * and the raw IIN never reaches a lake table. The key is bound as the {pseudonym_key:String}
 * parameter; `column` must come from the source catalogue.
 */
export function pseudonymSql(column: string): string {
  return `lower(hex(substring(HMAC('SHA256', ${column}, {pseudonym_key:String}), 1, 16)))`;
}
