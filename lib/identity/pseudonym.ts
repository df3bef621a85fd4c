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

// HMAC's key block: the key (hashed first when longer than SHA-256's 64-byte block), padded
// with zero bytes, XORed with the inner pad 0x36 ('6') or the outer pad 0x5c ('\').
const KEY = "{pseudonym_key:String}";
const KEY_BLOCK =
  `CAST(rightPad(if(length(${KEY}) > 64, toString(SHA256(${KEY})), ${KEY}), 64, '\\0') ` +
  "AS FixedString(64))";
const padded = (pad: string) =>
  `bitXor(${KEY_BLOCK}, CAST(repeat('${pad}', 64) AS FixedString(64)))`;

/**
 * The same pseudonym computed by ClickHouse, so deliveries are depersonalised inside the engine
 * and the raw IIN never reaches a lake table. The key is bound as the {pseudonym_key:String}
 * parameter; `column` must come from the source catalogue. HMAC is spelt out as its two
 * SHA-256 passes, SHA256(outer || SHA256(inner || iin)): ClickHouse's own HMAC() gives the same
 * bytes but sets up the key for every row, five times slower over the ~30 M IINs of a country.
 */
export function pseudonymSql(column: string): string {
  const mac = `SHA256(concat(${padded("\\\\")}, SHA256(concat(${padded("6")}, ${column}))))`;
  return `lower(hex(substring(${mac}, 1, 16)))`;
}
