import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestPostgres, tempDir, type TestPostgres } from "@/test/postgres";
import { closeLake } from "@/lib/clickhouse/client";
import { closeDb, getDb } from "@/lib/db/client";
import { migratePostgres } from "@/lib/db/migrate";
import type { Stage } from "@/lib/pipeline/stage";
import { GET as runStatus } from "../../sync/runs/[id]/route";
import { GET, POST } from "./route";

// The route runs whatever syncStages() returns; each test sets the stages it needs.
const registry = vi.hoisted(() => ({ stages: [] as Stage[] }));
vi.mock("@/lib/pipeline/stages", () => ({ syncStages: () => registry.stages }));

const SECRET = "a-cron-secret-for-the-tests-0123456789";
let server: TestPostgres;
let folder: { dir: string; remove: () => void };

function trigger(query = "", authorization: string | null = `Bearer ${SECRET}`) {
  const headers = authorization ? { authorization } : undefined;
  return POST(new Request(`http://portal.test/api/cron/sync${query}`, { method: "POST", headers }));
}

function status(id: string, authorization: string | null = `Bearer ${SECRET}`) {
  const headers = authorization ? { authorization } : undefined;
  const request = new Request(`http://portal.test/api/sync/runs/${id}`, { headers });
  return runStatus(request, { params: Promise.resolve({ id }) });
}

/** A stage that holds its run open until the test releases it. */
function holding() {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const stage: Stage = {
    name: "land",
    run: async () => {
      await gate;
      return { counts: { rows: 3 } };
    },
  };
  return { stage, release };
}

async function endOf(runId: string) {
  await vi.waitFor(
    async () => {
      const run = await getDb().syncRun.findUniqueOrThrow({ where: { id: runId } });
      expect(run.status).not.toBe("running");
    },
    { timeout: 20_000, interval: 50 },
  );
}

beforeAll(async () => {
  server = await startTestPostgres();
  folder = tempDir("portal-cron-");
  process.env.DATA_DIR = folder.dir;
  process.env.CRON_SECRET = SECRET;
  process.env.PORTAL_DATABASE_URL = server.url;
  await migratePostgres(server.url);
});
afterAll(async () => {
  await closeLake();
  await closeDb();
  await server.stop();
  folder.remove();
});

describe("the sync trigger route", () => {
  it("answers 401 without the secret and with a wrong one, starting nothing", async () => {
    const missing = await trigger("", null);
    const wrong = await trigger("", "Bearer not-the-secret");

    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({
      error: "Send the cron secret as Authorization: Bearer <CRON_SECRET>.",
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: "The cron secret is not right." });
    expect(await getDb().syncRun.count()).toBe(0);
  });

  it("answers 400 for a date that is not a calendar day", async () => {
    const impossible = await trigger("?date=2026-02-30");
    const garbled = await trigger("?date=yesterday");

    expect(impossible.status).toBe(400);
    expect(await impossible.json()).toEqual({
      error: "The snapshot date is not a day of the calendar.",
    });
    expect(garbled.status).toBe(400);
    expect(await getDb().syncRun.count()).toBe(0);
  });

  it("answers 202 with the status URL, then 409 naming the run while it is going", async () => {
    const land = holding();
    registry.stages = [land.stage];

    const accepted = await trigger("?date=2026-11-30");
    const body = (await accepted.json()) as { runId: string; statusUrl: string };
    const refused = await GET(
      new Request("http://portal.test/api/cron/sync", {
        headers: { authorization: `Bearer ${SECRET}` },
      }),
    );
    land.release();
    await endOf(body.runId);

    expect(accepted.status).toBe(202);
    expect(body.statusUrl).toBe(`http://portal.test/api/sync/runs/${body.runId}`);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ runningRunId: body.runId });
    const run = await getDb().syncRun.findUniqueOrThrow({ where: { id: body.runId } });
    expect(run).toMatchObject({ status: "succeeded", trigger: "cron" });
    const audits = await getDb().auditEvent.findMany({ where: { action: "sync_trigger" } });
    expect(audits.map((audit) => audit.detail)).toEqual([
      { snapshotDate: "2026-11-30", trigger: "cron", outcome: "started" },
      expect.objectContaining({ trigger: "cron", outcome: "refused_running" }),
    ]);
  });
});

describe("the run status route", () => {
  it("returns a run with its stages to the cron secret", async () => {
    registry.stages = [{ name: "validate", run: () => Promise.resolve({ counts: { rows: 7 } }) }];
    const { runId } = (await (await trigger("?date=2026-11-29&trigger=cli")).json()) as {
      runId: string;
    };
    await endOf(runId);

    const response = await status(runId);

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      id: runId,
      snapshotDate: "2026-11-29",
      trigger: "cli",
      status: "succeeded",
      stages: [{ name: "validate", status: "succeeded", progress: 1, counts: { rows: 7 } }],
    });
  });

  it("answers 404 for an unknown id and for one that is not a UUID", async () => {
    expect((await status("7d3f4c1e-8a2b-4c5d-9e6f-0a1b2c3d4e5f")).status).toBe(404);
    expect((await status("not-a-run")).status).toBe(404);
  });

  it("answers 401 to a request with neither the secret nor a session", async () => {
    const response = await status("7d3f4c1e-8a2b-4c5d-9e6f-0a1b2c3d4e5f", null);

    expect(response.status).toBe(401);
  });
});
