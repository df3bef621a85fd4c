import { expect, test, type Browser, type Page } from "@playwright/test";
import { approvalOutcome, signIn } from "./helpers";

async function signedIn(browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, login);
  return page;
}

/** The case pages the worklist links to, for the first `count` cases of a filtered view. */
async function caseLinks(page: Page, query: string, count: number): Promise<string[]> {
  await page.goto(`/cases?${query}`);
  const links = page.getByRole("table").getByRole("link");
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThanOrEqual(count);
  return hrefs.slice(0, count);
}

async function recommendApproval(page: Page, href: string) {
  await page.goto(href);
  await expect(page.getByRole("heading", { name: "Evidence" })).toBeVisible();
  await page.getByLabel("Decision and reason").selectOption({ label: "Recommend approval" });
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Case is now in review.");
  await expect(page.getByRole("main").getByText("In review").first()).toBeVisible();
}

test("a worker recommends candidates and a supervisor approves them in bulk", async ({
  browser,
}) => {
  const worker = await signedIn(browser, "worker.bostandyk");
  const recommended = await caseLinks(worker, "view=mine&state=candidate", 4);
  for (const href of recommended) await recommendApproval(worker, href);

  // The case page shows each condition with its value, source and snapshot date.
  const evidence = worker.getByRole("table").first();
  await expect(evidence.getByRole("columnheader", { name: "Source registries" })).toBeVisible();
  await expect(evidence.getByRole("row")).not.toHaveCount(1);
  await expect(worker.getByRole("link", { name: /Family card [0-9a-f]{24}/ })).toBeVisible();

  const supervisor = await signedIn(browser, "supervisor.bostandyk");
  await supervisor.goto("/cases?view=team&state=in_review");
  for (const href of recommended) {
    const id = href.split("/").at(-1)!.slice(0, 8);
    await supervisor.getByRole("checkbox", { name: `Choose case ${id}` }).check();
  }
  await supervisor.getByRole("button", { name: "Approve chosen (4)" }).click();
  // Each chosen case is approved, or flagged when the latest snapshot no longer finds it
  // entitled (a candidate of an older snapshot may have moved out of its rule since).
  const outcome = await approvalOutcome(supervisor);
  expect(outcome.approved + outcome.flagged).toBe(4);
  expect(outcome.approved).toBeGreaterThanOrEqual(2);

  const approved: string[] = [];
  for (const href of recommended) {
    await supervisor.goto(href);
    const history = supervisor.getByRole("table").last();
    await expect(history.getByRole("row", { name: /Recommend approval/ })).toBeVisible();
    const flag = supervisor.getByRole("main").getByRole("alert").filter({ hasText: "Flagged" });
    if ((await flag.count()) > 0) continue;
    await expect(history.getByRole("row", { name: /Entitlement confirmed/ })).toBeVisible();
    approved.push(href);
  }
  expect(approved).toHaveLength(outcome.approved);

  // The approved cases move on to notification: the citizen is offered the benefit.
  for (const href of approved) {
    await expect(async () => {
      await worker.goto(href);
      const state = worker.getByRole("main").getByText("Notified · awaiting the citizen's answer");
      await expect(state.first()).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    const history = worker.getByRole("table").last();
    await expect(history.getByRole("row", { name: /Notification sent/ })).toBeVisible();
  }
});

test("of two people deciding the same case, the second is told and sees it fresh", async ({
  browser,
}) => {
  const first = await signedIn(browser, "worker.bostandyk");
  const [href] = await caseLinks(first, "view=mine&state=candidate", 1);
  const second = await (await first.context().browser()!.newContext()).newPage();
  await signIn(second, "supervisor.bostandyk");
  await first.goto(href!);
  await second.goto(href!);

  await second.getByLabel("Decision and reason").selectOption({ label: "Recommend rejection" });
  await second.getByRole("button", { name: "Record decision" }).click();
  await expect(second.getByRole("main").getByRole("status")).toHaveText("Case is now in review.");

  await first.getByLabel("Decision and reason").selectOption({ label: "Recommend approval" });
  await first.getByRole("button", { name: "Record decision" }).click();
  await expect(first.getByRole("main").getByRole("alert")).toContainText(
    "Someone else decided case",
  );
  await expect(first.getByRole("main").getByText("In review").first()).toBeVisible();
});

test("a supervisor cannot approve a case they recommended themselves", async ({ browser }) => {
  const supervisor = await signedIn(browser, "supervisor.bostandyk");
  const [href] = await caseLinks(supervisor, "view=team&state=candidate", 1);
  await recommendApproval(supervisor, href!);

  await expect(supervisor.getByText("You recommended this case yourself")).toBeVisible();
  const choices = supervisor.getByLabel("Decision and reason").getByRole("option");
  await expect(choices).toHaveText(["Choose a decision…", "Return for review: more review needed"]);
});

test("a worker reveals who a case is about only with a reason", async ({ browser }) => {
  const worker = await signedIn(browser, "worker.bostandyk");
  const [href] = await caseLinks(worker, "view=mine&state=candidate", 1);
  await worker.goto(href!);
  await expect(worker.getByText(/\b\d{12}\b/)).toHaveCount(0);

  await worker.getByLabel("Why do you need to see who this is?").fill("short");
  await worker.getByRole("button", { name: "Reveal identity" }).click();
  await expect(worker.getByRole("main").getByRole("alert")).toContainText("at least 10 characters");

  const reason = "To call the family about the documents for this case";
  await worker.getByLabel("Why do you need to see who this is?").fill(reason);
  await worker.getByRole("button", { name: "Reveal identity" }).click();
  await expect(worker.getByText(/^\d{12}$/)).toBeVisible();
  expect(worker.url()).toBe(new URL(href!, worker.url()).href);
  const name = await worker.getByTestId("revealed-name").innerText();

  // The family card now shows the name to this worker, and to no one else.
  await worker.getByRole("link", { name: /Family card/ }).click();
  const cases = worker.getByRole("region", { name: /Cases/ });
  await expect(cases.getByRole("cell", { name })).toBeVisible();
  const supervisor = await signedIn(browser, "supervisor.bostandyk");
  await supervisor.goto(worker.url());
  await expect(supervisor.getByRole("region", { name: /Cases/ })).toBeVisible();
  await expect(supervisor.getByText(name)).toHaveCount(0);
});

test("a worker of another district cannot open the case", async ({ browser }) => {
  const worker = await signedIn(browser, "worker.bostandyk");
  const [href] = await caseLinks(worker, "view=mine", 1);

  const other = await signedIn(browser, "worker.maktaaral");
  const response = await other.goto(href!);
  expect(response?.status()).toBe(404);
  await other.goto("/cases?view=team");
  await expect(other.getByRole("link", { name: href!.slice(7, 15) })).toHaveCount(0);
});

test("a supervisor reassigns a case to another worker of the district", async ({ browser }) => {
  const supervisor = await signedIn(browser, "supervisor.bostandyk");
  const [href] = await caseLinks(supervisor, "view=team&state=candidate", 1);
  await supervisor.goto(href!);
  const facts = supervisor.getByRole("main").locator("dl").first();
  const before = await facts.getByRole("definition").nth(3).innerText();
  const to = before === "Timur Akhmetov" ? "Aigerim Sadykova" : "Timur Akhmetov";

  await supervisor.getByLabel("Reassign to").selectOption({ label: to });
  await supervisor.getByRole("button", { name: "Reassign" }).click();

  await expect(facts.getByRole("definition").nth(3)).toHaveText(to);
  const history = supervisor.getByRole("table").last();
  await expect(history.getByRole("row", { name: /Reassigned/ })).toBeVisible();
});
