import { getEnv } from "../env";
import { parseVaultKeys, type VaultKeys } from "../identity/vault-keys";

let parsed: { setting: string; keys: VaultKeys } | null = null;

/** The identity vault's keys from the process's configuration, parsed once. */
export function vaultKeys(): VaultKeys {
  const setting = getEnv().IDENTITY_KEYS;
  if (parsed?.setting !== setting) parsed = { setting, keys: parseVaultKeys(setting) };

  return parsed.keys;
}
