import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { personLivingIn } from "./registry-people";

const BOSTANDYK = "751410000";
const MAKTAARAL = "614400000";

test("a social worker finds a family of their district by IIN and reads why", async ({ page }) => {
  const iin = personLivingIn(BOSTANDYK);
  await signIn(page, "worker.bostandyk");
  await page.goto("/families");

  await page.getByLabel("Find a family by IIN or family id").fill(iin);
  await page.getByRole("button", { name: "Search" }).click();

  await expect(page).toHaveURL(/\/families\/[0-9a-f]{24}$/);
  expect(page.url()).not.toContain(iin);
  await expect(page.getByRole("main").getByText(/Bostandyk District, Almaty/)).toBeVisible();
  await expect(page.getByTestId("explanation")).toHaveText(
    /(Deprived in \d+ of \d+ weighted indicators)|(Not deprived in any)/,
  );
  await expect(page.getByTestId("move-up")).not.toBeEmpty();
  await expect(page.getByRole("heading", { name: "Who viewed this card" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Aigerim Sadykova" }).first()).toBeVisible();
});

test("a family outside the worker's district is not found", async ({ page }) => {
  const iin = personLivingIn(MAKTAARAL);
  await signIn(page, "worker.bostandyk");
  await page.goto("/families");

  await page.getByLabel("Find a family by IIN or family id").fill(iin);
  await page.getByRole("button", { name: "Search" }).click();

  await expect(page.locator("#search-error")).toHaveText(
    /No family with that IIN or id lives in your/,
  );
  await expect(page).toHaveURL(/\/families$/);
});

test("a social worker is told in words what is wrong with a mistyped IIN", async ({ page }) => {
  await signIn(page, "worker.bostandyk");
  await page.goto("/families");
  await page.getByLabel("Find a family by IIN or family id").fill("123456789012");
  await page.getByRole("button", { name: "Search" }).click();

  await expect(page.locator("#search-error")).toHaveText(/not a valid IIN/);
});

test("an analyst simulates a draft and sees the change against the active version", async ({
  page,
}) => {
  await signIn(page, "analyst");
  await page.goto("/scoring");
  await page.getByLabel("k (poor at or above)").fill("1/10");
  await page.getByRole("button", { name: "Simulate" }).click();

  const results = page.getByTestId("simulation-results");
  await expect(results).toBeVisible({ timeout: 30_000 });
  const row = results.getByRole("row", { name: /H, families poor/ });
  const [active, draft] = await row
    .getByRole("cell")
    .allTextContents()
    .then((c) => c.slice(1));
  expect(Number.parseFloat(draft!)).toBeGreaterThan(Number.parseFloat(active!));
  await expect(page.getByTestId("class-changes")).toContainText("families would move up");
  await expect(page.getByTestId("national-measures")).toContainText("M0");

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toHaveText("Draft saved.");
  await page.reload();
  await expect(page.getByLabel("k (poor at or above)")).toHaveValue("1/10");
});
