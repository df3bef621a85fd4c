import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// A regional manager of Almaty city steers by the dashboards: each loads, drills down to a
// district, downloads its figures as CSV, and another region stays out of reach.
const DIR = process.env.SCREENSHOT_DIR ?? path.join(".tmp", "screenshots");

const DASHBOARDS = [
  { path: "/dashboards", name: "overview", card: /Families by well-being class/ },
  { path: "/dashboards/movement", name: "movement", card: /Families by class on/ },
  { path: "/dashboards/drivers", name: "drivers", card: /Contribution of each dimension/ },
  { path: "/dashboards/map", name: "map", card: /by district/ },
  { path: "/dashboards/services", name: "services", card: /from found to paid/ },
  { path: "/dashboards/trends", name: "trends", card: /over the snapshots/ },
];

async function shoot(page: Page, name: string) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.screenshot({ path: path.join(DIR, `${name}.png`), fullPage: true });
}

test.describe("dashboards of a regional manager", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, "manager.almaty");
  });

  for (const dashboard of DASHBOARDS) {
    test(`${dashboard.name} loads for Almaty city`, async ({ page }) => {
      const response = await page.goto(dashboard.path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("navigation", { name: "Area" })).toContainText("Almaty");
      await expect(page.getByRole("heading", { name: dashboard.card })).toBeVisible();
      await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
      await shoot(page, `dashboard-${dashboard.name}`);
    });
  }

  test("drills down from the region to a district and back", async ({ page }) => {
    await page.goto("/dashboards");
    const areas = page.locator("section", {
      has: page.getByRole("heading", { name: "Districts", exact: true }),
    });
    await areas.locator("summary", { hasText: "Table view" }).click();
    await areas.getByRole("link", { name: "Bostandyk" }).click();
    await expect(page).toHaveURL(/district=751410000/);
    const trail = page.getByRole("navigation", { name: "Area" });
    await expect(trail.locator("[aria-current=location]")).toHaveText(/Bostandyk/);

    // The district carries over to the other dashboards through the tabs.
    await page.getByRole("navigation", { name: "Dashboards" }).getByText("Services").click();
    await expect(page).toHaveURL(/\/dashboards\/services\?.*district=751410000/);
    await expect(trail.locator("[aria-current=location]")).toHaveText(/Bostandyk/);
    await shoot(page, "dashboard-services-district");

    await trail.getByRole("link", { name: /Almaty/ }).click();
    await expect(page).not.toHaveURL(/district=/);
  });

  test("downloads a table as CSV with small counts suppressed", async ({ page }) => {
    await page.goto("/dashboards/services");
    const card = page.locator("section", { hasText: "from found to paid" });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      card.getByRole("link", { name: "Download CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const file = await download.path();
    const lines = fs.readFileSync(file, "utf8").trim().split(/\r?\n/);
    expect(lines[0]).toContain("Service,Found,Reviewed,Approved");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) {
      const counts = line
        .split(",")
        .slice(1)
        .filter((cell) => /^\d+$/.test(cell));
      for (const count of counts) expect(Number(count)).toBeGreaterThanOrEqual(10);
    }
  });

  test("another region by URL is not found, on the page and in the export", async ({ page }) => {
    const response = await page.goto("/dashboards?region=KZ-61");
    expect(response?.status()).toBe(404);
    const other = await page.goto("/dashboards/services?district=614400000");
    expect(other?.status()).toBe(404);
    const csv = await page.request.get("/dashboards/export/overview/classes?region=KZ-61");
    expect(csv.status()).toBe(404);
  });

  test("a wrong filter explains itself", async ({ page }) => {
    await page.goto("/dashboards/movement?date=2020-01-01");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("2020-01-01");
    await shoot(page, "dashboard-error");
  });
});

test("the CSV export says what is wrong and who may not", async ({ browser, request }) => {
  const path = "/dashboards/export/overview/classes";
  const anonymous = await request.get(path);
  expect(anonymous.status()).toBe(401);

  const worker = await browser.newPage();
  await signIn(worker, "worker.bostandyk");
  const refused = await worker.request.get(path);
  expect(refused.status()).toBe(403);
  await worker.close();

  const manager = await browser.newPage();
  await signIn(manager, "manager.almaty");
  const malformed = await manager.request.get(`${path}?date=yesterday`);
  expect(malformed.status()).toBe(400);
  expect(await malformed.text()).toContain("date must be a date");
  const unknown = await manager.request.get("/dashboards/export/overview/no-such-table");
  expect(unknown.status()).toBe(404);
  const ok = await manager.request.get(path);
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toContain("text/csv");
  await manager.close();
});

test("the dashboards at phone width, and nationally for an analyst", async ({ browser }) => {
  const phone = await browser.newPage({ viewport: { width: 375, height: 740 } });
  await signIn(phone, "manager.almaty");
  await phone.goto("/dashboards");
  await shoot(phone, "phone-dashboard-overview");
  await phone.close();

  const analyst = await browser.newPage();
  await signIn(analyst, "analyst");
  await analyst.goto("/dashboards/map");
  await expect(analyst.locator("svg a")).not.toHaveCount(0);
  await shoot(analyst, "analyst-dashboard-map");
  await analyst.goto("/dashboards/services");
  // The caseload per worker is for supervisors and managers, not analysts.
  await expect(analyst.getByRole("heading", { name: /Caseload per social worker/ })).toHaveCount(0);
  await analyst.close();

  const supervisor = await browser.newPage();
  await signIn(supervisor, "supervisor.bostandyk");
  await supervisor.goto("/dashboards/services");
  await expect(
    supervisor.getByRole("heading", { name: /Caseload per social worker/ }),
  ).toBeVisible();
  await shoot(supervisor, "supervisor-dashboard-services");
  await supervisor.close();
});
