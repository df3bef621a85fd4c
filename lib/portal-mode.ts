export type PortalMode = "embedded" | "production";

/** The settings that decide the mode; see docs/configuration.md. */
export type ModeSettings = {
  PORTAL_MODE?: string;
  DATABASE_URL?: string;
  CLICKHOUSE_URL?: string;
};

/**
 * Embedded when neither store is external, production when either is, unless PORTAL_MODE says
 * which. Kept apart from lib/env.ts, which may write generated secrets to disk, so that the
 * proxy can decide from process.env on every request. Empty values count as unset.
 */
export function portalMode(settings: ModeSettings): PortalMode {
  const chosen = settings.PORTAL_MODE;
  if (chosen === "embedded" || chosen === "production") return chosen;

  return settings.DATABASE_URL || settings.CLICKHOUSE_URL ? "production" : "embedded";
}
