import { spawnSync } from "node:child_process";
import os from "node:os";
import { createClient } from "@clickhouse/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPostgres, tempDir, type TestPostgres } from "../../test/postgres";
import { createDb, type Db } from "../db/client";
import { migratePostgres } from "../db/migrate";
import { parseEnv } from "../env";
import { RunInProgressError } from "./run-in-progress-error";
import type { Stage, StageContext } from "./stage";
import { runAndWait, startRun, type StartRunOptions } from "./start-run";

let server: TestPostgres;
let folder: { dir: string; remove: () => void };
let db: Db;
// The stages under test never touch the lake; a client that connects nowhere stands in for it.
const lake = createClient({ url: "http://127.0.0.1:9" });

function options(stages: Stage[], extra: Partial<StartRunOptions> = {}): StartRunOptions {
  return {
    snapshotDate: "2026-11-30",
    trigger: "cli",
    stages,
    db,
    lake: () => Promise.resolve(lake),
    env: parseEnv({ DATA_DIR: folder.dir }),
    progressGapMs: 0,
    ...extra,
  };
}

const counting = (name: string, counts = { rows: 1 }): Stage => ({
  name,
  run: () => Promise.resolve({ counts }),
});

/** A stage that runs until the test lets it finish, or until its run is stopped. */
function waiting(name: string) {
  let finish: () => void = () => undefined;
  let entered: (context: StageContext) => void = () => undefined;
  const started = new Promise<StageContext>((resolve) => (entered = resolve));
  const stage: Stage = {
    name,
    run: (context) =>
      new Promise((resolve, reject) => {
        finish = () => resolve({ counts: { rows: 2 } });
        context.signal.addEventListener("abort", () => reject(new Error("stopped")));
        entered(context);
      }),
  };
  return { stage, started, finish: () => finish() };
}

async function stagesOf(runId: string) {
  return db.syncStage.findMany({ where: { runId }, orderBy: { position: "asc" } });
}

async function recordRunningRun(data: { host: string; pid: number; heartbeatAt: Date }) {
  return db.syncRun.create({
    data: {
      snapshotDate: new Date("2026-11-29T00:00:00Z"),
      trigger: "cron",
      ...data,
      stages: {
        create: [
          { name: "land", position: 0, status: "running" },
          { name: "publish", position: 1 },
        ],
      },
    },
  });
}

const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid;

beforeAll(async () => {
  server = await startTestPostgres();
  folder = tempDir("portal-sync-");
  await migratePostgres(server.url);
  db = createDb(server.url);
});
afterAll(async () => {
  await db.$disconnect();
  await lake.close();
  await server.stop();
  folder.remove();
});

describe("a sync run", () => {
  it("records each stage's progress, counts and duration, and ends succeeded", async () => {
    const land = waiting("land");
    const started = await startRun(
      options([land.stage, counting("validate")], { heartbeatMs: 20 }),
    );

    const context = await land.started;
    await context.progress(0.4);
    const before = await db.syncRun.findUniqueOrThrow({ where: { id: started.runId } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const during = await stagesOf(started.runId);
    const beating = await db.syncRun.findUniqueOrThrow({ where: { id: started.runId } });
    land.finish();
    const finished = await started.finished;

    expect(during.map((stage) => [stage.status, stage.progress])).toEqual([
      ["running", 0.4],
      ["pending", 0],
    ]);
    expect(beating.heartbeatAt.getTime()).toBeGreaterThan(before.heartbeatAt.getTime());
    expect(finished).toMatchObject({ status: "succeeded", error: null });
    const after = await stagesOf(started.runId);
    expect(after.map((stage) => [stage.name, stage.status, stage.progress, stage.counts])).toEqual([
      ["land", "succeeded", 1, { rows: 2 }],
      ["validate", "succeeded", 1, { rows: 1 }],
    ]);
    expect(after[0]?.durationMs).toBeGreaterThanOrEqual(100);
    const run = await db.syncRun.findUniqueOrThrow({ where: { id: started.runId } });
    expect(run).toMatchObject({ status: "succeeded", host: os.hostname(), pid: process.pid });
    expect(run.finishedAt).not.toBeNull();
  });

  const stageThrows =
    "fails when a stage throws, keeping its message and skipping the stages after it";
  it(stageThrows, async () => {
    let publishCalled = false;
    const stages: Stage[] = [
      counting("land"),
      { name: "validate", run: () => Promise.reject(new Error("pension.csv is unreadable")) },
      {
        name: "publish",
        run: () => {
          publishCalled = true;
          return Promise.resolve({ counts: {} });
        },
      },
    ];

    const finished = await runAndWait(options(stages));

    expect(finished.status).toBe("failed");
    expect(publishCalled).toBe(false);
    const run = await db.syncRun.findUniqueOrThrow({ where: { id: finished.runId } });
    expect(run.error).toBe("Stage validate failed: pension.csv is unreadable");
    const stageRows = await stagesOf(finished.runId);
    expect(stageRows.map((stage) => [stage.status, stage.error])).toEqual([
      ["succeeded", null],
      ["failed", "pension.csv is unreadable"],
      ["skipped", null],
    ]);
  });

  it("ends partial when a stage reports failed sources", async () => {
    const land: Stage = {
      name: "land",
      run: () =>
        Promise.resolve({
          counts: { population: { rowsIn: 10, loaded: 10 }, pension: { rowsIn: 0, loaded: 0 } },
          failedSources: ["pension"],
        }),
    };

    const finished = await runAndWait(options([land, counting("validate")]));

    expect(finished).toMatchObject({ status: "partial", failedSources: ["pension"] });
    const [landRow] = await stagesOf(finished.runId);
    expect(landRow?.failedSources).toEqual(["pension"]);
    expect(landRow?.counts).toEqual({
      population: { rowsIn: 10, loaded: 10 },
      pension: { rowsIn: 0, loaded: 0 },
    });
  });

  it("fails a stage whose counts are not numbers rather than storing them", async () => {
    const broken: Stage = { name: "land", run: () => Promise.resolve({ counts: { rows: NaN } }) };

    const finished = await runAndWait(options([broken]));

    expect(finished.status).toBe("failed");
    expect(finished.error).toMatch(/^Stage land failed: Stage land returned counts .*rows/);
  });
});

describe("stopping a run", () => {
  it("stops between stages when its signal is aborted, and fails", async () => {
    const stop = new AbortController();
    const land: Stage = {
      name: "land",
      run: () => {
        stop.abort(new Error("stopped with Ctrl-C"));
        return Promise.resolve({ counts: {} });
      },
    };

    const finished = await runAndWait(
      options([land, counting("validate")], { signal: stop.signal }),
    );

    expect(finished).toMatchObject({
      status: "failed",
      error: "Stopped before validate: stopped with Ctrl-C",
    });
    expect((await stagesOf(finished.runId)).map((stage) => stage.status)).toEqual([
      "succeeded",
      "skipped",
    ]);
  });
});

describe("one run at a time", () => {
  it("refuses a second run while one is going, naming the running run", async () => {
    const land = waiting("land");
    const first = await startRun(options([land.stage]));
    await land.started;

    const second = startRun(options([counting("land")]));

    await expect(second).rejects.toBeInstanceOf(RunInProgressError);
    await expect(second).rejects.toMatchObject({ runningRunId: first.runId });
    land.finish();
    expect((await first.finished).status).toBe("succeeded");
  });

  it("is enforced by the database even when the application's check is bypassed", async () => {
    const live = { host: "elsewhere", pid: 1, heartbeatAt: new Date() };
    const first = await recordRunningRun(live);

    await expect(recordRunningRun(live)).rejects.toThrow(/Unique constraint/);

    await db.syncRun.update({ where: { id: first.id }, data: { status: "failed" } });
  });
});

describe("a dead run", () => {
  it("is abandoned and taken over when its process is gone", async () => {
    const dead = await recordRunningRun({
      host: os.hostname(),
      pid: deadPid(),
      heartbeatAt: new Date(),
    });

    const started = await startRun(options([counting("land")]));
    await started.finished;

    expect(started.takenOverFrom).toBe(dead.id);
    const old = await db.syncRun.findUniqueOrThrow({ where: { id: dead.id } });
    expect(old.status).toBe("abandoned");
    expect(old.error).toMatch(/process \(pid \d+ on .*\) is gone/);
    expect((await stagesOf(dead.id)).map((stage) => stage.status)).toEqual(["failed", "skipped"]);
    const run = await db.syncRun.findUniqueOrThrow({ where: { id: started.runId } });
    expect(run.takenOverFrom).toBe(dead.id);
  });

  it("is abandoned when its heartbeat is older than the limit, on any host", async () => {
    const heartbeatAt = new Date(Date.now() - 3 * 60_000);
    const silent = await recordRunningRun({ host: "elsewhere", pid: 1, heartbeatAt });

    const started = await startRun(options([counting("land")]));
    await started.finished;

    expect(started.takenOverFrom).toBe(silent.id);
    const old = await db.syncRun.findUniqueOrThrow({ where: { id: silent.id } });
    expect(old).toMatchObject({ status: "abandoned" });
    expect(old.error).toMatch(/last heartbeat was 18\d s ago/);
  });

  it("is left alone while its heartbeat is fresh, even on another host", async () => {
    const live = await recordRunningRun({ host: "elsewhere", pid: 1, heartbeatAt: new Date() });

    await expect(startRun(options([counting("land")]))).rejects.toMatchObject({
      runningRunId: live.id,
    });

    await db.syncRun.update({ where: { id: live.id }, data: { status: "failed" } });
  });

  it("stops its stages once taken over, and its end does not overwrite the takeover", async () => {
    const land = waiting("land");
    const first = await startRun(options([land.stage], { heartbeatMs: 30 }));
    await land.started;
    await new Promise((resolve) => setTimeout(resolve, 5));

    const second = await startRun(options([counting("land")], { staleAfterMs: 0 }));
    const [firstEnd] = await Promise.all([first.finished, second.finished]);

    expect(second.takenOverFrom).toBe(first.runId);
    expect(firstEnd.status).toBe("abandoned");
    const old = await db.syncRun.findUniqueOrThrow({ where: { id: first.runId } });
    expect(old.status).toBe("abandoned");
  });
});
