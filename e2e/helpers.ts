import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "family-card-demo";

export async function signIn(page: Page, login: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Login").fill(login);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

/**
 * What a bulk approval reported: cases approved, and cases flagged because the latest snapshot
 * no longer finds them entitled. The demo keeps four snapshots, so a candidate found twelve
 * weeks ago may rightly be flagged rather than approved.
 */
export async function approvalOutcome(page: Page): Promise<{ approved: number; flagged: number }> {
  const status = page.getByRole("main").getByRole("status");
  await expect(status).toContainText(/approved/);
  const text = await status.innerText();
  const count = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);

  return {
    approved: count(/(\d+) cases? approved/),
    flagged: count(/(\d+) cases? no longer entitled/),
  };
}
