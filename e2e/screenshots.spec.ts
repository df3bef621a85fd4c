import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Pictures of the main pages for people to look at: each role, an empty state, the errors and
// a phone-width view. `SCREENSHOT_DIR=docs/screenshots npm run test:e2e` refreshes the docs.
const DIR = process.env.SCREENSHOT_DIR ?? path.join(".tmp", "screenshots");

async function shoot(page: Page, name: string) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.screenshot({ path: path.join(DIR, `${name}.png`), fullPage: true });
}

test("the sign-in page and its error", async ({ page }) => {
  await page.goto("/signin");
  await shoot(page, "signin");

  await page.getByLabel("Login").fill("worker.bostandyk");
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.locator("form").getByRole("alert")).toBeVisible();
  await shoot(page, "signin-error");
});

const LANDING: [string, string][] = [
  ["worker.bostandyk", "social-worker-families"],
  ["manager.almaty", "regional-manager-families"],
  ["auditor", "auditor-audit-log"],
  ["admin", "admin-dashboards"],
];

for (const [login, name] of LANDING) {
  test(`the landing page of ${login}`, async ({ page }) => {
    await signIn(page, login);
    await shoot(page, name);
  });
}

test("the admin's settings and the 403 page", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/settings");
  await shoot(page, "admin-settings");

  await page.goto("/cases");
  await shoot(page, "forbidden");
});

test("the portal at phone width", async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
  await signIn(page, "supervisor.bostandyk");
  await shoot(page, "phone-supervisor");
  await page.close();
});

test("a family card, the list and the simulation", async ({ page, browser }) => {
  await signIn(page, "worker.bostandyk");
  await page.locator("table a").first().click();
  await expect(page).toHaveURL(/\/families\/[0-9a-f]{24}$/);
  await shoot(page, "family-card");

  await page.goto("/families?class=E");
  await shoot(page, "families-filtered");

  const phone = await browser.newPage({ viewport: { width: 375, height: 740 } });
  await signIn(phone, "worker.bostandyk");
  await phone.locator("table a").first().click();
  await shoot(phone, "phone-family-card");
  await phone.close();

  const analyst = await browser.newPage();
  await signIn(analyst, "analyst");
  await analyst.goto("/scoring");
  await analyst.getByLabel("k (poor at or above)").fill("1/5");
  await analyst.getByRole("button", { name: "Simulate" }).click();
  await expect(analyst.getByTestId("simulation-results")).toBeVisible({ timeout: 30_000 });
  await shoot(analyst, "analyst-simulation");
  await analyst.close();
});

test("the worklists, a case, and the service catalogue", async ({ page, browser }) => {
  await signIn(page, "supervisor.bostandyk");
  await page.goto("/cases?view=team");
  await shoot(page, "supervisor-cases");
  await page.goto("/cases?view=team&state=notified");
  await page.locator("table a").first().click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  await shoot(page, "case-notified");

  const worker = await browser.newPage();
  await signIn(worker, "worker.bostandyk");
  await worker.goto("/cases?state=candidate");
  await worker.locator("table a").first().click();
  await shoot(worker, "social-worker-case");
  await worker.goto("/cases?state=paid");
  await shoot(worker, "cases-empty-filter");
  await worker.close();

  const manager = await browser.newPage();
  await signIn(manager, "manager.almaty");
  await manager.goto("/cases");
  await shoot(manager, "regional-manager-cases");
  await manager.close();

  const phone = await browser.newPage({ viewport: { width: 375, height: 740 } });
  await signIn(phone, "worker.bostandyk");
  await phone.goto("/cases");
  await shoot(phone, "phone-cases");
  await phone.close();

  const analyst = await browser.newPage();
  await signIn(analyst, "analyst");
  await analyst.goto("/services");
  await analyst
    .getByLabel("Service")
    .selectOption({ label: "Targeted social assistance (ASP) (family)" });
  await analyst.getByRole("button", { name: "Dry run" }).click();
  await expect(analyst.getByTestId("dry-run-results")).toBeVisible({ timeout: 30_000 });
  await shoot(analyst, "analyst-services");
  await analyst.close();
});
