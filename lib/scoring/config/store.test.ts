import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPostgres, type TestPostgres } from "../../../test/postgres";
import { createDb, type Db } from "../../db/client";
import { migratePostgres } from "../../db/migrate";
import type { PortalUser } from "../../auth/user";
import { ScoringError } from "../scoring-error";
import { defaultConfig } from "./default-config";
import { loadDraft, saveDraft } from "./drafts";
import { publishConfig } from "./publish";
import { activeConfig, configVersion } from "./store";

let server: TestPostgres;
let db: Db;
const analyst: PortalUser = {
  id: randomUUID(),
  login: "analyst",
  displayName: "Analyst",
  role: "analyst",
  scope: { level: "national" },
};

beforeAll(async () => {
  server = await startTestPostgres();
  await migratePostgres(server.url);
  db = createDb(server.url);
}, 60_000);

afterAll(async () => {
  await db.$disconnect();
  await server.stop();
});

describe("scoring configuration versions", () => {
  it("starts from the documented default as version 1", async () => {
    const active = await activeConfig(db);
    expect(active.version).toBe(1);
    expect(active.config.name).toBe(defaultConfig().name);
  });

  it("publishes the next version, audited, and refuses to change a published one", async () => {
    const version = await publishConfig(db, analyst, { ...defaultConfig(), k: "1/5" }, "test");
    expect(version).toBe(2);
    expect((await activeConfig(db)).config.k).toEqual({ num: 1n, den: 5n });

    const audit = await db.auditEvent.findMany({ where: { action: "scoring_publish" } });
    expect(audit).toHaveLength(1);
    await expect(
      db.scoringConfig.update({ where: { version: 1 }, data: { k: "1/2" } }),
    ).rejects.toThrow(/published and cannot change/);
    expect((await configVersion(db, 1))?.config.k).toEqual({ num: 1n, den: 4n });
  });

  it("publishes nothing when the configuration is wrong", async () => {
    const wrong = { ...defaultConfig(), k: "3/2" };
    await expect(publishConfig(db, analyst, wrong, "test")).rejects.toThrow(ScoringError);
    expect((await activeConfig(db)).version).toBe(2);
  });
});

describe("a staff member's draft", () => {
  it("is kept between visits, one per person, and refused whole when it is wrong", async () => {
    expect(await loadDraft(db, analyst.id)).toBeNull();

    await saveDraft(db, analyst.id, { ...defaultConfig(), name: "first", k: "1/5" });
    await saveDraft(db, analyst.id, { ...defaultConfig(), name: "second", k: "1/6" });
    await expect(
      saveDraft(db, analyst.id, { ...defaultConfig(), name: "broken", k: "nonsense" }),
    ).rejects.toThrow(ScoringError);

    const draft = await loadDraft(db, analyst.id);
    expect(draft?.name).toBe("second");
    expect(draft?.k).toBe("1/6");
    expect(draft?.dimensions.housing).toBe("1/5");
    const drafts = await db.scoringConfig.count({ where: { version: null } });
    expect(drafts).toBe(1);
  });
});
