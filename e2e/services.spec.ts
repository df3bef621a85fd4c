import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const flagged = async (text: Promise<string>) =>
  Number(/flags ([\d,]+)/.exec(await text)![1]!.replaceAll(",", ""));

test("an analyst dry-runs a rule with a changed threshold, and is told a bad value", async ({
  page,
}) => {
  await signIn(page, "analyst");
  await page.goto("/services");
  await page.getByLabel("Service").selectOption({ label: "Large-family allowance (family)" });
  const results = page.getByTestId("dry-run-results");

  await page.getByRole("button", { name: "Dry run" }).click();
  await expect(results).toBeVisible({ timeout: 30_000 });
  const atFour = await flagged(results.getByRole("status").innerText());
  expect(atFour).toBeGreaterThan(0);
  await expect(results.getByRole("row")).not.toHaveCount(1);

  await page.getByLabel(/Children at least/).fill("6");
  await page.getByRole("button", { name: "Dry run" }).click();
  await expect(results.getByRole("status")).not.toContainText(
    `flags ${atFour.toLocaleString("en")} `,
  );
  expect(await flagged(results.getByRole("status").innerText())).toBeLessThan(atFour);

  await page.getByLabel(/Children at least/).fill("four");
  await page.getByRole("button", { name: "Dry run" }).click();
  await expect(page.locator("#param-min_children-error")).toBeVisible();
});

test("a social worker has no service catalogue", async ({ page }) => {
  await signIn(page, "worker.bostandyk");
  const response = await page.goto("/services");
  expect(response?.status()).toBe(403);
});
