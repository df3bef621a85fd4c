import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const DATA_DIR = path.join(".tmp", "e2e-data");
const SHOTS = process.env.SCREENSHOT_DIR ?? path.join(".tmp", "screenshots");

const cronSecret = () =>
  (
    JSON.parse(fs.readFileSync(path.join(DATA_DIR, "secrets.json"), "utf8")) as {
      CRON_SECRET: string;
    }
  ).CRON_SECRET;

test("a worker who keeps asking for families of another district raises an alert", async ({
  browser,
  request,
}) => {
  // Five families of Maktaaral, as its own worker sees them.
  const other = await browser.newPage();
  await signIn(other, "worker.maktaaral");
  await other.goto("/families");
  const links = other.getByRole("table").getByRole("link");
  await expect(links.first()).toBeVisible();
  const hrefs = (await links.evaluateAll((all) => all.map((a) => a.getAttribute("href")!)))
    .filter((href) => /^\/families\/[0-9a-f]{24}$/.test(href))
    .slice(0, 5);
  expect(hrefs).toHaveLength(5);
  await other.close();

  // Bostandyk's worker is told each does not exist, and each attempt is recorded.
  const worker = await browser.newPage();
  await signIn(worker, "worker.bostandyk");
  for (const href of hrefs) {
    const response = await worker.goto(href);
    expect(response?.status()).toBe(404);
  }
  await worker.close();

  const auditor = await browser.newPage();
  await signIn(auditor, "auditor");
  await expect(async () => {
    const round = await request.post("/api/cron/anomalies", {
      headers: { authorization: `Bearer ${cronSecret()}` },
    });
    expect(round.status()).toBe(200);
    await auditor.goto("/audit/alerts");
    await expect(auditor.getByText(/outside (their|the) scope/i).first()).toBeVisible({
      timeout: 1_000,
    });
  }).toPass({ timeout: 30_000 });
  await auditor.screenshot({
    path: path.join(SHOTS, "auditor-anomaly-alerts.png"),
    fullPage: true,
  });

  const form = auditor.locator("form").filter({ hasText: "What did you find" }).first();
  await form.getByRole("textbox").fill("short");
  await form.getByRole("button", { name: "Acknowledge" }).click();
  await expect(form.getByRole("alert")).toBeVisible();
  await form.getByRole("textbox").fill("Asked the supervisor: a mistyped family id list.");
  await form.getByRole("button", { name: "Acknowledge" }).click();
  await expect(auditor.getByRole("heading", { name: /Open \(0\)/ })).toBeVisible();

  const wrong = await request.post("/api/cron/anomalies", {
    headers: { authorization: "Bearer wrong" },
  });
  expect(wrong.status()).toBe(401);
});
