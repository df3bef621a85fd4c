import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "family-card-demo";

export async function signIn(page: Page, login: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Login").fill(login);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}
