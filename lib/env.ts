import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { portalMode, type PortalMode } from "./portal-mode";

/** The settings read from the environment; see docs/configuration.md. */
export type Env = z.infer<typeof EnvSchema> & {
  mode: PortalMode;
  dataDir: string;
  AUTH_SECRET: string;
  CRON_SECRET: string;
  PSEUDONYM_KEY: string;
  IDENTITY_KEYS: string;
};

type EnvSource = Record<string, string | undefined>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

const SECRET_NAMES = ["AUTH_SECRET", "CRON_SECRET", "PSEUDONYM_KEY", "IDENTITY_KEYS"] as const;

// The identity vault's keys, newest version sealing, older ones kept to open what they sealed:
// "v2:<secret>,v1:<secret>", each secret at least 32 characters.
const IDENTITY_KEYS = /^v\d{1,3}:[^,\s]{32,}(,v\d{1,3}:[^,\s]{32,})*$/;

/** A new random secret for an embedded installation, in the form the setting expects. */
function generatedSecret(name: string): string {
  const value = crypto.randomBytes(32).toString("base64url");

  return name === "IDENTITY_KEYS" ? `v1:${value}` : value;
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

const secret = (name: string) =>
  z.string().min(32, `${name} must be at least 32 characters long (use a random value)`).optional();

const url = (name: string, protocols: string[]) =>
  z
    .string()
    .refine(
      (value) => URL.canParse(value) && protocols.includes(new URL(value).protocol),
      `${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}`,
    )
    .optional();

/** A whole number of `unit` between `min` and `max`, with its default. */
const whole = (name: string, unit: string, [min, max]: [number, number], fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a number of ${unit}` })
    .int(`${name} must be a whole number of ${unit}`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`)
    .default(fallback);

/** A multiplier of at least 1, such as 3 or 2.5, with its default. */
const factor = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a number, such as 3 or 2.5` })
    .min(1, `${name} must be at least 1`)
    .max(1000, `${name} must be at most 1000`)
    .default(fallback);

// Reminder days after the offer, ascending: "3,7".
const REMINDER_DAYS = /^\d{1,3}(,\d{1,3})*$/;

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORTAL_MODE: z.enum(["embedded", "production"]).optional(),
  DATA_DIR: z.string().default("./data"),
  PUBLIC_URL: url("PUBLIC_URL", ["http:", "https:"]),
  PORT: z.coerce
    .number({ error: "PORT must be a number" })
    .int("PORT must be a whole number")
    .min(1, "PORT must be between 1 and 65535")
    .max(65535, "PORT must be between 1 and 65535")
    .default(3000),
  DATABASE_URL: url("DATABASE_URL", ["postgres:", "postgresql:"]),
  CLICKHOUSE_URL: url("CLICKHOUSE_URL", ["http:", "https:"]),
  CLICKHOUSE_USER: z.string().default("default"),
  CLICKHOUSE_PASSWORD: z.string().default(""),
  CLICKHOUSE_DATABASE: z
    .string()
    .regex(IDENTIFIER, "CLICKHOUSE_DATABASE must be a plain name (letters, digits, _)")
    .default("lake"),
  CLICKHOUSE_CLUSTER: z
    .string()
    .regex(IDENTIFIER, "CLICKHOUSE_CLUSTER must be a plain name (letters, digits, _)")
    .optional(),
  AUTH_SECRET: secret("AUTH_SECRET"),
  CRON_SECRET: secret("CRON_SECRET"),
  PSEUDONYM_KEY: secret("PSEUDONYM_KEY"),
  IDENTITY_KEYS: z
    .string()
    .regex(
      IDENTITY_KEYS,
      "IDENTITY_KEYS must list versioned keys as v1:<secret>, each secret at least 32 characters",
    )
    .optional(),
  PSEUDONYM_KEY_VERSION: z.coerce
    .number({ error: "PSEUDONYM_KEY_VERSION must be a number" })
    .int("PSEUDONYM_KEY_VERSION must be a whole number")
    .min(1, "PSEUDONYM_KEY_VERSION must be 1 or more")
    .max(255, "PSEUDONYM_KEY_VERSION must be at most 255")
    .default(1),
  CASE_COOLOFF_DAYS: z.coerce
    .number({ error: "CASE_COOLOFF_DAYS must be a number" })
    .int("CASE_COOLOFF_DAYS must be a whole number of days")
    .min(0, "CASE_COOLOFF_DAYS must be 0 or more")
    .max(3650, "CASE_COOLOFF_DAYS must be at most 3650")
    .default(180),
  NOTIFY_LINK_DAYS: whole("NOTIFY_LINK_DAYS", "days", [1, 90], 14),
  NOTIFY_REMINDER_DAYS: z
    .string()
    .regex(REMINDER_DAYS, "NOTIFY_REMINDER_DAYS must list days after the offer, such as 3,7")
    .transform((text) => [...new Set(text.split(",").map(Number))].sort((a, b) => a - b))
    .default([3, 7]),
  NOTIFY_RATE_LIMIT: whole("NOTIFY_RATE_LIMIT", "requests a minute", [1, 10_000], 30),
  // 0 leaves the rounds to POST /api/cron/notify.
  NOTIFY_INTERVAL_SECONDS: whole("NOTIFY_INTERVAL_SECONDS", "seconds", [0, 3600], 10),
  ANOMALY_USUAL_FACTOR: factor("ANOMALY_USUAL_FACTOR", 3),
  ANOMALY_BASELINE_DAYS: whole("ANOMALY_BASELINE_DAYS", "days", [1, 90], 14),
  ANOMALY_MIN_READS: whole("ANOMALY_MIN_READS", "card views", [1, 100_000], 50),
  ANOMALY_PEER_FACTOR: factor("ANOMALY_PEER_FACTOR", 5),
  ANOMALY_OUT_OF_SCOPE_HITS: whole("ANOMALY_OUT_OF_SCOPE_HITS", "hits", [1, 10_000], 5),
  // 0 leaves detection to POST /api/cron/anomalies.
  ANOMALY_INTERVAL_MINUTES: whole("ANOMALY_INTERVAL_MINUTES", "minutes", [0, 1440], 15),
  SMS_GATEWAY_URL: url("SMS_GATEWAY_URL", ["http:", "https:"]),
  SMS_GATEWAY_TOKEN: z.string().optional(),
  SMTP_URL: url("SMTP_URL", ["smtp:", "smtps:"]),
  NOTIFY_FROM: z.email("NOTIFY_FROM must be an e-mail address").default("noreply@enbek.gov.kz"),
  OIDC_ISSUER: url("OIDC_ISSUER", ["https:", "http:"]),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().default("Government SSO"),
  TRUST_PROXY: z.stringbool({ error: "TRUST_PROXY must be true or false" }).default(false),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace"]).default("info"),
});

/** Empty variables count as unset, as most deployment tools cannot unset a variable. */
function withoutEmpty(source: EnvSource): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}

function describe(error: z.ZodError): string {
  const lines = error.issues.map((issue) => `- ${issue.path.join(".")}: ${issue.message}`);
  return `The configuration is not valid:\n${lines.join("\n")}`;
}

/** Secrets of an embedded installation, generated once and kept in DATA_DIR/secrets.json. */
export function embeddedSecrets(dataDir: string): Record<string, string> {
  const file = path.join(dataDir, "secrets.json");
  const existing = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>)
    : {};
  const wanted = [...SECRET_NAMES, "POSTGRES_PASSWORD"];
  const missing = wanted.filter((name) => !existing[name]);
  if (missing.length === 0) return existing;

  const secrets = { ...existing };
  for (const name of missing) secrets[name] = generatedSecret(name);
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return secrets;
}

export function parseEnv(source: EnvSource = process.env): Env {
  const parsed = EnvSchema.safeParse(withoutEmpty(source));
  if (!parsed.success) throw new ConfigError(describe(parsed.error));

  const env = parsed.data;
  const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    throw new ConfigError(
      "The configuration is not valid:\n- OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET " +
        "must be set together to enable single sign-on",
    );
  }

  const mode = portalMode(env);
  const dataDir = path.resolve(env.DATA_DIR);
  const missing = SECRET_NAMES.filter((name) => !env[name]);
  if (missing.length > 0 && mode === "production") {
    throw new ConfigError(
      `Missing secrets for production mode: ${missing.join(", ")}. Set each to a random value ` +
        "of at least 32 characters, for example the output of `openssl rand -base64 48`.",
    );
  }

  const generated = missing.length > 0 ? embeddedSecrets(dataDir) : {};
  const pick = (name: (typeof SECRET_NAMES)[number]) => env[name] ?? generated[name] ?? "";
  return {
    ...env,
    mode,
    dataDir,
    AUTH_SECRET: pick("AUTH_SECRET"),
    CRON_SECRET: pick("CRON_SECRET"),
    PSEUDONYM_KEY: pick("PSEUDONYM_KEY"),
    IDENTITY_KEYS: pick("IDENTITY_KEYS"),
  };
}

const cache = Symbol.for("portal.env");
type EnvCache = { [cache]?: Env };

/** The process's configuration, parsed on first use (never at import time, for `next build`). */
export function getEnv(): Env {
  const holder = globalThis as EnvCache;
  holder[cache] ??= parseEnv();
  return holder[cache];
}
