import crypto from "node:crypto";

/** An AES-256 key of the identity vault and the version stored beside what it sealed. */
export type VaultKey = { version: number; key: Buffer };

export type VaultKeys = { current: VaultKey; byVersion: Map<number, VaultKey> };

/**
 * The vault's keys from IDENTITY_KEYS ("v2:<secret>,v1:<secret>", checked by lib/env.ts):
 * the highest version seals, every listed version still opens. Each secret is stretched to
 * 32 bytes with HKDF-SHA-256, so any random text of 32 characters or more makes a key.
 */
export function parseVaultKeys(setting: string): VaultKeys {
  const byVersion = new Map<number, VaultKey>();
  for (const entry of setting.split(",")) {
    const match = /^v(\d{1,3}):(.{32,})$/.exec(entry.trim());
    if (!match) throw new Error("IDENTITY_KEYS: each key must be v<version>:<secret>");

    const version = Number(match[1]);
    if (byVersion.has(version))
      throw new Error(`IDENTITY_KEYS: version ${version} is listed twice`);
    const info = `identity-vault v${version}`;
    const key = Buffer.from(crypto.hkdfSync("sha256", match[2]!, "", info, 32));
    byVersion.set(version, { version, key });
  }

  const newest = Math.max(...byVersion.keys());
  return { current: byVersion.get(newest)!, byVersion };
}
