import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tempDir } from "../test/postgres";
import { ConfigError, parseEnv } from "./env";

const SECRET = "s".repeat(40);
const folders: (() => void)[] = [];
function dataDir() {
  const folder = tempDir("portal-env-");
  folders.push(folder.remove);
  return folder.dir;
}
afterEach(() => folders.splice(0).forEach((remove) => remove()));

describe("configuration", () => {
  it("generates missing secrets once in embedded mode, readable by the owner only", () => {
    const dir = dataDir();
    const first = parseEnv({ DATA_DIR: dir });
    const second = parseEnv({ DATA_DIR: dir });

    expect(first.mode).toBe("embedded");
    expect(first.AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(second.AUTH_SECRET).toBe(first.AUTH_SECRET);
    expect(second.PSEUDONYM_KEY).toBe(first.PSEUDONYM_KEY);
    expect(first.IDENTITY_KEYS).toMatch(/^v1:.{32,}$/);
    expect(second.IDENTITY_KEYS).toBe(first.IDENTITY_KEYS);
    const mode = fs.statSync(path.join(dir, "secrets.json")).mode & 0o777;
    expect(mode).toBe(0o600);
  });

  it("stops production start-up naming each missing secret", () => {
    const env = { DATA_DIR: dataDir(), DATABASE_URL: "postgres://u:p@db:5432/portal" };

    expect(() => parseEnv({ ...env, AUTH_SECRET: SECRET })).toThrow(
      /Missing secrets for production mode: CRON_SECRET, PSEUDONYM_KEY, IDENTITY_KEYS/,
    );
  });

  it("explains a bad URL and a short secret without echoing the secret", () => {
    const attempt = () =>
      parseEnv({ DATA_DIR: dataDir(), DATABASE_URL: "mysql://x", AUTH_SECRET: "hunter2-short" });

    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/DATABASE_URL must be a URL starting with postgres:\/\//);
    expect(attempt).toThrow(/AUTH_SECRET must be at least 32 characters/);
    expect(attempt).not.toThrow(/hunter2/);
  });

  it("refuses a port out of range and an unsafe ClickHouse database name", () => {
    const base = { DATA_DIR: dataDir() };

    expect(() => parseEnv({ ...base, PORT: "70000" })).toThrow(/PORT must be between 1 and 65535/);
    expect(() => parseEnv({ ...base, CLICKHOUSE_DATABASE: "lake; DROP" })).toThrow(
      /CLICKHOUSE_DATABASE must be a plain name/,
    );
  });

  it("needs all three single sign-on settings together", () => {
    const attempt = () => parseEnv({ DATA_DIR: dataDir(), OIDC_ISSUER: "https://sso.example" });

    expect(attempt).toThrow(/must be set together/);
  });

  it("treats empty variables as unset and uses secrets given in production", () => {
    const env = parseEnv({
      DATA_DIR: dataDir(),
      CLICKHOUSE_URL: "http://clickhouse:8123",
      AUTH_SECRET: SECRET,
      CRON_SECRET: SECRET,
      PSEUDONYM_KEY: SECRET,
      IDENTITY_KEYS: `v1:${SECRET}`,
      CLICKHOUSE_CLUSTER: "",
    });

    expect(env.mode).toBe("production");
    expect(env.CLICKHOUSE_CLUSTER).toBeUndefined();
    expect(env.PORT).toBe(3000);
  });

  it("refuses identity keys without a version, without echoing them", () => {
    const attempt = () => parseEnv({ DATA_DIR: dataDir(), IDENTITY_KEYS: "k".repeat(40) });

    expect(attempt).toThrow(/IDENTITY_KEYS must list versioned keys/);
    expect(attempt).not.toThrow(/kkkk/);
  });

  it("reads the notification settings and says what is wrong with a bad one", () => {
    const dir = dataDir();
    const env = parseEnv({ DATA_DIR: dir, NOTIFY_REMINDER_DAYS: "7,3,7", NOTIFY_LINK_DAYS: "10" });

    expect(env.NOTIFY_REMINDER_DAYS).toEqual([3, 7]);
    expect(env.NOTIFY_LINK_DAYS).toBe(10);
    expect(parseEnv({ DATA_DIR: dir }).NOTIFY_REMINDER_DAYS).toEqual([3, 7]);
    expect(() => parseEnv({ DATA_DIR: dir, NOTIFY_REMINDER_DAYS: "three" })).toThrow(
      /NOTIFY_REMINDER_DAYS must list days after the offer/,
    );
    expect(() => parseEnv({ DATA_DIR: dir, SMTP_URL: "http://mail" })).toThrow(
      /SMTP_URL must be a URL starting with smtp:\/\/ or smtps:\/\//,
    );
  });

  it("reads the anomaly thresholds, with their defaults, and refuses a factor below 1", () => {
    const dir = dataDir();
    const defaults = parseEnv({ DATA_DIR: dir });
    const set = parseEnv({ DATA_DIR: dir, ANOMALY_USUAL_FACTOR: "2.5", ANOMALY_MIN_READS: "20" });

    expect(defaults).toMatchObject({
      ANOMALY_USUAL_FACTOR: 3,
      ANOMALY_BASELINE_DAYS: 14,
      ANOMALY_MIN_READS: 50,
      ANOMALY_PEER_FACTOR: 5,
      ANOMALY_OUT_OF_SCOPE_HITS: 5,
      ANOMALY_INTERVAL_MINUTES: 15,
    });
    expect(set).toMatchObject({ ANOMALY_USUAL_FACTOR: 2.5, ANOMALY_MIN_READS: 20 });
    expect(() => parseEnv({ DATA_DIR: dir, ANOMALY_PEER_FACTOR: "0.5" })).toThrow(
      /ANOMALY_PEER_FACTOR must be at least 1/,
    );
    expect(() => parseEnv({ DATA_DIR: dir, ANOMALY_MIN_READS: "many" })).toThrow(
      /ANOMALY_MIN_READS must be a number of card views/,
    );
  });
});
