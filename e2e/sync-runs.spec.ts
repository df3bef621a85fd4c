import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// The admin's run is what the analyst then looks at, so the tests run in order.
test.describe.configure({ mode: "serial" });

type RunJson = { id: string; status: string; stages: { name: string }[] };

const today = () => new Date().toISOString().slice(0, 10);

async function runOf(page: Page, id: string): Promise<RunJson> {
  const response = await page.request.get(`/api/sync/runs/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as RunJson;
}

function runIdIn(url: string): string {
  return /\/sync\/([0-9a-f-]{36})$/.exec(url)?.[1] ?? "";
}

test("an administrator starts a sync run and sees it with its stages", async ({ page }) => {
  await signIn(page, "admin");
  await page
    .getByRole("navigation", { name: "Sections" })
    .getByRole("link", { name: "Sync runs" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sync runs");

  await page.getByRole("button", { name: "Run sync now" }).click();

  await expect(page).toHaveURL(/\/sync\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Sync of ${today()}`);
  const run = await runOf(page, runIdIn(page.url()));
  const stageRows = page.getByTestId("sync-stage").locator("td:first-child");
  if (run.stages.length > 0) await expect(stageRows).toHaveText(run.stages.map((s) => s.name));
  else await expect(page.getByText("This run had no stages to run.")).toBeVisible();

  await page.getByRole("link", { name: "← Sync runs" }).click();
  const newest = page.getByTestId("sync-run").first();
  await expect(newest).toContainText(today());
  await expect(newest).toContainText("Administrator");
  await expect(newest).toContainText("admin");
});

test("an administrator reruns a snapshot once its run has ended", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/sync");
  await page.getByTestId("sync-run").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/sync\/[0-9a-f-]{36}$/);
  const firstId = runIdIn(page.url());
  await expect
    .poll(async () => (await runOf(page, firstId)).status, { timeout: 45_000 })
    .not.toBe("running");

  await page.getByRole("button", { name: "Rerun this snapshot" }).click();

  await expect(page).not.toHaveURL(new RegExp(firstId));
  await expect(page).toHaveURL(/\/sync\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Sync of ${today()}`);
});

test("an analyst sees the runs but no button to start one", async ({ page }) => {
  await signIn(page, "analyst");
  await page.goto("/sync");

  await expect(page.getByTestId("sync-run").first()).toContainText(today());
  await expect(page.getByRole("button")).toHaveText(["Sign out"]);
  await page.getByTestId("sync-run").first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Sync of ${today()}`);
  await expect(page.getByRole("button", { name: "Rerun this snapshot" })).toHaveCount(0);
});

test("the trigger and status routes refuse a caller without the secret", async ({ request }) => {
  const trigger = await request.post("/api/cron/sync");
  const status = await request.get("/api/sync/runs/7d3f4c1e-8a2b-4c5d-9e6f-0a1b2c3d4e5f");

  expect(trigger.status()).toBe(401);
  expect(status.status()).toBe(401);
});
