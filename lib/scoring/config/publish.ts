import type { PortalUser } from "../../auth/user";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { ConfigInput } from "./config-input";
import { resolveConfig } from "./resolve-config";

/** Roles that may publish a configuration and re-score a snapshot. */
export const PUBLISHERS = ["analyst", "admin"] as const;

export function canPublish(role: PortalUser["role"]): boolean {
  return (PUBLISHERS as readonly string[]).includes(role);
}

/**
 * Publishes a configuration as the next version: checked first, written with its version in
 * one transaction with its audit record, after which the database refuses to change it.
 */
export async function publishConfig(
  db: Db,
  user: PortalUser,
  input: ConfigInput,
  address: string,
): Promise<number> {
  resolveConfig(input);
  const config = ConfigInput.parse(input);

  return db.$transaction(async (tx) => {
    const last = await tx.scoringConfig.aggregate({ _max: { version: true } });
    const version = (last._max.version ?? 0) + 1;
    await tx.scoringConfig.create({
      data: {
        ...config,
        version,
        createdById: user.id,
        publishedById: user.id,
        publishedAt: new Date(),
      },
    });
    await recordAudit(tx, {
      action: "scoring_publish",
      actorId: user.id,
      actorRole: user.role,
      subject: `scoring configuration ${version}`,
      address,
      detail: { version, name: config.name, k: config.k, bands: config.bands },
    });
    return version;
  });
}
