import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lakeFingerprint, stringColumns } from "../../test/lake";
import { startTestPostgres, tempDir, type TestPostgres } from "../../test/postgres";
import { openLake, type LakeClient } from "../clickhouse/client";
import { migrateLake } from "../clickhouse/migrate";
import { closeDb, getDb } from "../db/client";
import { migratePostgres } from "../db/migrate";
import { parseEnv, type Env } from "../env";
import { pseudonymOf } from "../identity/pseudonym";
import { openIdentity } from "../identity/vault";
import { parseVaultKeys } from "../identity/vault-keys";
import { generate } from "../registries/generate";
import { parseCli } from "../registries/run/options";
import { currentSnapshot } from "./current-snapshot";
import { computeEligibility } from "../services/compute-eligibility";
import { indicatorsBy } from "./indicators";
import { localContext } from "./local-context";
import { syncStages } from "./stages";

const DAY_1 = "2026-03-02";
const DAY_2 = "2026-03-03";
const ROW_DEFECTS = [
  "invalid_iin",
  "duplicate_row",
  "missing_field",
  "impossible_date",
  "unknown_code",
];

type SourceTruth = {
  rowsWritten: number;
  cleanRows: number;
  defects: Record<string, number>;
  deliveryDefect: string | null;
};

let folder: { dir: string; remove: () => void };
let postgres: TestPostgres;
let env: Env;
let lake: LakeClient;

async function generateDay(date: string) {
  const cli = parseCli(["--families", "1200", "--date", date, "--seed", "11"]);
  await generate({ ...cli, dataDir: folder.dir, databaseUrl: postgres.url });
}

function truth(date: string): Record<string, SourceTruth> {
  const file = path.join(folder.dir, "ground-truth", date, "summary.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { sources: Record<string, SourceTruth> })
    .sources;
}

async function runSync(runId: string, snapshotDate: string) {
  const context = localContext({ runId, snapshotDate, env, lake });
  const outcomes = [];
  for (const stage of syncStages()) outcomes.push(await stage.run(context));
  return outcomes;
}

async function rows<T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const result = await lake.query({ query, query_params: params, format: "JSONEachRow" });
  return result.json<T>();
}

beforeAll(async () => {
  folder = tempDir("portal-sync-");
  postgres = await startTestPostgres();
  process.env.PORTAL_DATABASE_URL = postgres.url;
  await migratePostgres(postgres.url);
  env = parseEnv({ DATA_DIR: folder.dir, PSEUDONYM_KEY: "k".repeat(40) });
  await generateDay(DAY_1);
  await generateDay(DAY_2);
  lake = await openLake(env);
  await migrateLake(lake, { database: env.CLICKHOUSE_DATABASE });
  await runSync("run-1", DAY_1);
}, 180_000);

afterAll(async () => {
  await lake.close();
  await closeDb();
  await postgres.stop();
  folder.remove();
});

describe("the sync against the generator's ground truth", () => {
  it("rejects truncated deliveries whole and recognises a delivery sent twice", async () => {
    const deliveries = await rows<{ source: string; batch: string; status: string }>(
      "SELECT source, batch, toString(status) AS status FROM deliveries FINAL " +
        "WHERE snapshot_date = {d:Date}",
      { d: DAY_1 },
    );
    for (const [source, fact] of Object.entries(truth(DAY_1))) {
      const main = deliveries.find((d) => d.source === source && d.batch === "1");
      if (fact.deliveryDefect === "truncated_file")
        expect([source, main?.status]).toEqual([source, "rejected"]);
      else expect([source, main?.status]).toEqual([source, "loaded"]);
      if (fact.deliveryDefect === "duplicate_delivery") {
        expect(
          deliveries.filter((d) => d.source === source && d.status === "duplicate"),
        ).toHaveLength(1);
      }
    }
  });

  it("quarantines every injected row defect under its own reason", async () => {
    const found = await rows<{ source: string; kind: string; n: number }>(
      `SELECT source, splitByChar(':', reason)[1] AS kind, toUInt32(count()) AS n
       FROM quarantine WHERE snapshot_date = {d:Date} GROUP BY source, kind`,
      { d: DAY_1 },
    );
    const mismatches = [];
    for (const [source, fact] of Object.entries(truth(DAY_1))) {
      if (fact.deliveryDefect === "truncated_file") continue;
      for (const kind of ROW_DEFECTS) {
        const n = found.find((row) => row.source === source && row.kind === kind)?.n ?? 0;
        if (n !== (fact.defects[kind] ?? 0))
          mismatches.push({ source, kind, n, truth: fact.defects[kind] });
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("counts every row that contradicts the civil registry", async () => {
    const found = await rows<{ source: string; n: number }>(
      "SELECT source, toUInt32(count()) AS n FROM conflicts " +
        "WHERE snapshot_date = {d:Date} GROUP BY source",
      { d: DAY_1 },
    );
    for (const [source, fact] of Object.entries(truth(DAY_1))) {
      if (fact.deliveryDefect === "truncated_file") continue;
      const n = found.find((row) => row.source === source)?.n ?? 0;
      expect([source, n]).toEqual([source, fact.defects.contradiction ?? 0]);
    }
  });

  it("records each loaded delivery's rows read, loaded and quarantined", async () => {
    const deliveries = await rows<{ source: string; read: number; loaded: number; bad: number }>(
      `SELECT source, toUInt32(rows_read) AS read, toUInt32(rows_loaded) AS loaded,
         toUInt32(rows_quarantined) AS bad FROM deliveries FINAL
       WHERE snapshot_date = {d:Date} AND batch = '1' AND status = 'loaded'`,
      { d: DAY_1 },
    );
    for (const [source, fact] of Object.entries(truth(DAY_1))) {
      if (fact.deliveryDefect === "truncated_file") continue;
      const row = deliveries.find((d) => d.source === source);
      expect([source, row?.read, (row?.loaded ?? 0) + (row?.bad ?? 0)]).toEqual([
        source,
        fact.rowsWritten,
        fact.rowsWritten,
      ]);
    }
  });

  it("loads every clean row", async () => {
    const { PIPELINE_SOURCES } = await import("./sources");
    for (const source of PIPELINE_SOURCES) {
      const fact = truth(DAY_1)[source.id];
      if (!fact || fact.deliveryDefect === "truncated_file") continue;
      const [loaded] = await rows<{ n: number }>(
        `SELECT toUInt32(count()) AS n FROM ${source.table} WHERE snapshot_date = {d:Date}`,
        { d: DAY_1 },
      );
      const expected = fact.cleanRows + (fact.defects.contradiction ?? 0);
      expect([source.id, loaded?.n]).toEqual([source.id, expected]);
    }
  });

  it("leaves no IIN, name or phone number in any string column of the lake", async () => {
    const landing = path.join(folder.dir, "landing");
    const registry = path.join(landing, "civil-registry", DAY_1, "part-0001.csv");
    const phones = path.join(landing, "mobile-contacts", DAY_1, "part-0001.tsv");
    const columns = (n: number) => Array.from({ length: n }, (_, i) => `c${i} String`).join(", ");
    const people = `file({registry:String}, 'CSV', '${columns(10)}')`;
    const known = `WITH
      (SELECT groupArray(c0) FROM ${people}) AS iins,
      (SELECT groupUniqArray(arrayJoin([c1, c2])) FROM ${people} WHERE c1 != '') AS names,
      (SELECT groupArray(c1) FROM file({phones:String}, 'TSV', '${columns(5)}')) AS numbers`;
    for (const { table, name } of await stringColumns(lake)) {
      const value = `toString(\`${name}\`)`;
      const [hit] = await rows<{ n: number }>(
        `${known} SELECT toUInt32(count()) AS n FROM ${table}
         WHERE ${value} != '' AND (hasAny(extractAll(${value}, '[0-9]{12}'), iins)
           OR has(names, ${value}) OR hasAny(extractAll(${value}, '[+]?[0-9]{10,12}'), numbers))
         SETTINGS format_csv_delimiter = ';', input_format_csv_skip_first_lines = 1,
           input_format_tsv_skip_first_lines = 1`,
        { registry, phones },
      );
      expect([table, name, hit?.n]).toEqual([table, name, 0]);
    }
  });
});

describe("the indicators stage in buckets", () => {
  it("scores a country a bucket at a time exactly as in one pass", async () => {
    const fingerprint = async () =>
      rows<{ n: string; hash: string }>(
        `SELECT count() AS n, toString(groupBitXor(cityHash64(family_id, region_code,
            district_kato, members, children, toString(values), deprived, missing,
            not_applicable, statuses))) AS hash
        FROM family_indicators WHERE snapshot_date = {d:Date}`,
        { d: DAY_1 },
      );
    const context = localContext({ runId: "buckets", snapshotDate: DAY_1, env, lake });
    const whole = await fingerprint();

    await indicatorsBy(1_000).run(context);
    const [persons] = await rows<{ n: string }>(
      "SELECT count() AS n FROM persons WHERE snapshot_date = {d:Date}",
      { d: DAY_1 },
    );
    expect(Number(persons?.n)).toBeGreaterThan(3_000);
    expect(await fingerprint()).toEqual(whole);
  });

  it("finds the same entitlements a bucket of persons at a time", async () => {
    const fingerprint = async () =>
      rows<{ n: string; hash: string }>(
        `SELECT count() AS n, toString(groupBitXor(cityHash64(service_id, subject_id,
            person_id, family_id, amount, toString(evidence), already_receives))) AS hash
        FROM eligibility WHERE snapshot_date = {d:Date}`,
        { d: DAY_1 },
      );
    const whole = await fingerprint();

    await computeEligibility(lake, DAY_1, async () => {}, 1_000);
    expect(Number(whole[0]?.n)).toBeGreaterThan(100);
    expect(await fingerprint()).toEqual(whole);
  });
});

describe("the cases stage", () => {
  const newCandidates = async () =>
    (
      await rows<{ n: number }>(
        "SELECT toUInt32(count()) AS n FROM eligibility WHERE snapshot_date = {d:Date} " +
          "AND NOT already_receives AND match(district_kato, '^[0-9]{9}$')",
        { d: DAY_1 },
      )
    )[0]?.n ?? 0;

  it("opens a case for every new candidate, with evidence and nothing personal", async () => {
    const cases = await getDb().case.findMany({ where: { snapshotDate: new Date(DAY_1) } });

    expect(cases.length).toBeGreaterThan(50);
    expect(cases.length).toBe(await newCandidates());
    expect(new Set(cases.map((c) => c.serviceId)).size).toBeGreaterThan(5);
    expect(JSON.stringify(cases.map((c) => c.evidence))).not.toMatch(/\b\d{12}\b/);
  });

  it("seals each subject's recipient's identity, bound to the subject", async () => {
    const keys = parseVaultKeys(env.IDENTITY_KEYS);
    const recipients = new Map(
      (
        await rows<{ subject: string; person: string }>(
          "SELECT subject_id AS subject, min(person_id) AS person FROM eligibility " +
            "WHERE snapshot_date = {d:Date} AND NOT already_receives GROUP BY subject_id",
          { d: DAY_1 },
        )
      ).map((row) => [row.subject, row.person]),
    );
    const cases = await getDb().case.findMany({ where: { snapshotDate: new Date(DAY_1) } });
    const subjects = [...new Set(cases.map((c) => c.subject))];
    const records = await getDb().identityRecord.findMany({
      where: { subject: { in: subjects } },
    });

    expect(records.length).toBeGreaterThan(subjects.length * 0.9);
    for (const record of records) {
      const identity = openIdentity(keys, record.subject, record);
      expect(pseudonymOf(identity.iin, env.PSEUDONYM_KEY)).toBe(recipients.get(record.subject));
      expect(identity.name.split(" ").length).toBeGreaterThanOrEqual(2);
    }
    const opened = records.map((r) => openIdentity(keys, r.subject, r));
    expect(opened.some((identity) => identity.phone?.startsWith("+7"))).toBe(true);
    // Whoever has a phone has the language they chose for notifications with it (but for
    // the registry's rows with an unknown language code).
    const withPhone = opened.filter((identity) => identity.phone);
    const chosen = withPhone.filter((identity) => ["kk", "ru"].includes(identity.language ?? ""));
    expect(chosen.length).toBeGreaterThan(withPhone.length * 0.95);
  });

  it("creates nothing when the same date is synced again", async () => {
    const before = await getDb().case.count();
    const outcomes = await runSync("run-1-cases-again", DAY_1);

    expect(outcomes.at(-2)?.counts).toMatchObject({ created: 0 });
    expect(await getDb().case.count()).toBe(before);
  }, 120_000);
});

describe("reruns, kills and the next day", () => {
  it("gives identical lake contents when a date is synced again", async () => {
    const before = await lakeFingerprint(lake);
    await runSync("run-1-again", DAY_1);

    expect(await lakeFingerprint(lake)).toEqual(before);
  }, 120_000);

  const killedMidStage =
    "finishes a run killed mid-stage like a clean run, serving the old snapshot meanwhile";
  it(
    killedMidStage,
    async () => {
      await lake.close();
      await killMidStage("run-2-killed", DAY_2, "integrate");
      lake = await openLake(env);
      expect(await currentSnapshot(lake)).toBe(DAY_1);

      await runSync("run-2", DAY_2);
      const afterKill = await lakeFingerprint(lake);
      await runSync("run-2-clean", DAY_2);
      expect(await lakeFingerprint(lake)).toEqual(afterKill);
      expect(await currentSnapshot(lake)).toBe(DAY_2);
    },
    180_000,
  );

  it("keeps the previous snapshot queryable after the next day's sync", async () => {
    const families = await rows<{ d: string; n: number }>(
      "SELECT toString(snapshot_date) AS d, toUInt32(count()) AS n FROM families " +
        "GROUP BY d ORDER BY d",
    );
    expect(families.map((row) => row.d)).toEqual([DAY_1, DAY_2]);
    expect(families.every((row) => row.n > 1000)).toBe(true);
    const moved = Math.abs((families[1]?.n ?? 0) - (families[0]?.n ?? 0));
    expect(moved).toBeLessThan((families[0]?.n ?? 0) * 0.05);
  });
});

/** Runs the sync in a child process and kills it with SIGKILL when the stage starts. */
function killMidStage(runId: string, date: string, stage: string): Promise<void> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join("test", "fixtures", "run-sync.ts"), runId, date],
    {
      env: {
        ...process.env,
        DATA_DIR: folder.dir,
        PSEUDONYM_KEY: "k".repeat(40),
        LOG_LEVEL: "warn",
      },
    },
  );
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`stage ${stage}`)) setTimeout(() => child.kill("SIGKILL"), 300);
    });
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (_code, signal) =>
      signal === "SIGKILL" ? resolve() : reject(new Error(`the run was not killed: ${output}`)),
    );
  });
}
