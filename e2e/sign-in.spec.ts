import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const NAVIGATION: Record<string, string[]> = {
  "worker.bostandyk": ["Families", "Cases"],
  "supervisor.bostandyk": ["Families", "Cases", "Dashboards", "Services"],
  "manager.almaty": ["Families", "Cases", "Dashboards", "Scoring", "Services"],
  analyst: ["Families", "Dashboards", "Scoring", "Services", "Sync runs"],
  auditor: ["Audit log"],
  admin: ["Dashboards", "Scoring", "Services", "Sync runs", "Audit log", "Settings"],
};

for (const [login, sections] of Object.entries(NAVIGATION)) {
  test(`${login} signs in and sees exactly the navigation of the role`, async ({ page }) => {
    await signIn(page, login);

    const nav = page.getByRole("navigation", { name: "Sections" });
    await expect(nav.getByRole("link")).toHaveText(sections);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(sections[0] ?? "");
  });
}

test("a wrong password is refused with a message", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Login").fill("manager.turkistan");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();

  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong login or password.");
  await expect(page).toHaveURL(/\/signin/);
  expect((await page.request.get("/families", { maxRedirects: 0 })).status()).toBe(307);
});

test("a social worker opening a manager page gets the 403 page", async ({ page }) => {
  await signIn(page, "worker.maktaaral");

  const response = await page.goto("/dashboards");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "This page is not open to your role",
  );
});

test("sign-out ends the session", async ({ page }) => {
  await signIn(page, "analyst");
  await expect(page.getByTestId("current-user")).toContainText("Yerlan Kassymov");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/dashboards");
  await expect(page).toHaveURL(/\/signin/);
});

test("health answers 200 with both stores up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ stores: { postgres: "up", clickhouse: "up" } });
});
