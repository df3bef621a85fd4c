import type { Db } from "../../db/client";
import { ConfigInput } from "./config-input";
import { defaultConfig } from "./default-config";
import { resolveConfig, type ResolvedConfig } from "./resolve-config";

export type ConfigVersion = { version: number; id: string; config: ResolvedConfig };

type Row = {
  id: string;
  version: number | null;
  name: string;
  model: string;
  weights: unknown;
  k: string;
  bands: unknown;
  note: string;
};

export function inputOf(row: Row): ConfigInput {
  return {
    name: row.name,
    model: row.model as "alkire-foster",
    weights: row.weights as Record<string, string>,
    k: row.k,
    bands: row.bands as ConfigInput["bands"],
    note: row.note,
  };
}

/** Publishes the documented default as version 1 when no version exists yet. */
export async function ensureDefaultConfig(db: Db): Promise<void> {
  const published = await db.scoringConfig.count({ where: { version: { not: null } } });
  if (published > 0) return;

  const config = ConfigInput.parse(defaultConfig());
  resolveConfig(config);
  await db.scoringConfig.upsert({
    where: { version: 1 },
    update: {},
    create: { ...config, version: 1, publishedAt: new Date() },
  });
}

/** The active configuration: the highest published version. */
export async function activeConfig(db: Db): Promise<ConfigVersion> {
  await ensureDefaultConfig(db);
  const row = await db.scoringConfig.findFirstOrThrow({
    where: { version: { not: null } },
    orderBy: { version: "desc" },
  });

  return { version: row.version!, id: row.id, config: resolveConfig(inputOf(row)) };
}

// A published version never changes (a trigger refuses it), so a resolved one can be kept.
const resolved = new Map<number, ConfigVersion>();

export async function configVersion(db: Db, version: number): Promise<ConfigVersion | null> {
  const known = resolved.get(version);
  if (known) return known;

  const row = await db.scoringConfig.findUnique({ where: { version } });
  if (!row) return null;

  const found = { version, id: row.id, config: resolveConfig(inputOf(row)) };
  resolved.set(version, found);
  return found;
}
