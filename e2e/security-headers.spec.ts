import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// The hardening of issue 9 as a browser sees it: the security headers on every kind of page,
// no Content-Security-Policy violation on any role's main pages, and server actions refused
// when posted from another site (docs/security.md).
const FOREIGN = "http://evil.example";

type Headers = Record<string, string>;

function expectSecurityHeaders(headers: Headers) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+={0,2}' 'strict-dynamic'/);
  expect(csp).toContain("object-src 'none'");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toBe(
    "camera=(), microphone=(), geolocation=(), payment=()",
  );
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  // The tests' portal runs embedded, over plain HTTP: HSTS is for production mode or HTTPS.
  expect(headers).not.toHaveProperty("strict-transport-security");
}

const nonceOf = (headers: Headers) =>
  /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];

/** Opens a page and returns its response's headers, all of them. */
async function headersOf(page: Page, path: string): Promise<Headers> {
  const response = await page.goto(path);
  expect(response, path).not.toBeNull();

  return response!.allHeaders();
}

/** The href of the first link in the page's first table, after opening `path`. */
async function firstRowLink(page: Page, path: string): Promise<string> {
  await page.goto(path);
  const link = page.getByRole("table").first().getByRole("link").first();
  await expect(link).toBeVisible();

  return (await link.getAttribute("href"))!;
}

test("pages, a citizen link and route handlers carry the security headers", async ({ page }) => {
  const first = await headersOf(page, "/signin");
  expectSecurityHeaders(first);
  const nonce = nonceOf(first);
  // Next.js put the header's nonce on its scripts; no inline script goes without it (a
  // script's nonce reads back only through the property: browsers hide the attribute).
  const scripts = await page.evaluate(() =>
    [...document.scripts].map((script) => ({ nonce: script.nonce, inline: !script.src })),
  );
  expect(scripts.filter((script) => script.nonce === nonce).length).toBeGreaterThan(0);
  const without = scripts.filter(
    (script) => script.nonce !== nonce && (script.inline || script.nonce),
  );
  expect(without).toEqual([]);

  const second = await headersOf(page, "/signin");
  expect(nonceOf(second)).toBeTruthy();
  expect(nonceOf(second)).not.toBe(nonce);

  expectSecurityHeaders(await headersOf(page, "/n/no-such-link"));
  expectSecurityHeaders((await page.request.get("/api/health")).headers());

  await signIn(page, "worker.bostandyk");
  expectSecurityHeaders(await headersOf(page, "/families"));
  const card = await firstRowLink(page, "/families");
  expect(card).toMatch(/^\/families\/[0-9a-f]{24}$/);
  expectSecurityHeaders(await headersOf(page, card));
});

const MAIN_PAGES = [
  {
    login: "worker.bostandyk",
    paths: ["/families", "first-row:/families", "/cases", "first-row:/cases?view=mine"],
  },
  { login: "manager.almaty", paths: ["/dashboards", "/dashboards/movement", "/dashboards/map"] },
  { login: "analyst", paths: ["/scoring"] },
  { login: "auditor", paths: ["/audit"] },
];

/** Records CSP violations as the page reports them and as the console tells of them. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });

  return async () => {
    const reported = await page.evaluate(
      () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    );
    return [...console.splice(0), ...reported];
  };
}

async function visit(browser: Browser, login: string, paths: string[]): Promise<string[]> {
  const page = await (await browser.newContext()).newPage();
  const violations = await watchPolicy(page);
  await signIn(page, login);
  const found = await violations();

  for (const entry of paths) {
    const path = entry.startsWith("first-row:") ? await firstRowLink(page, entry.slice(10)) : entry;
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    found.push(...(await violations()));
  }
  await page.context().close();

  return found;
}

test("no role's main pages break the Content Security Policy", async ({ browser }) => {
  test.setTimeout(180_000);
  for (const { login, paths } of MAIN_PAGES) {
    expect(await visit(browser, login, paths), login).toEqual([]);
  }
});

type ActionCall = { headers: Headers; body: string };

/** Posts a captured server action call again, with the session cookie and the given Origin. */
async function replay(page: Page, path: string, call: ActionCall, origin: string) {
  const wanted = ["next-action", "content-type", "accept", "next-router-state-tree"];
  const headers = Object.fromEntries(
    Object.entries(call.headers).filter(([name]) => wanted.includes(name)),
  );

  return page.request.post(path, { headers: { ...headers, origin }, data: call.body });
}

test("a case decision posted from another site is refused and changes nothing", async ({
  page,
}) => {
  await signIn(page, "worker.bostandyk");
  const href = await firstRowLink(page, "/cases?view=mine&state=candidate");
  await page.goto(href);

  // The form calls its server action with fetch (a Next-Action header, no hidden input):
  // the call is captured and kept from the portal, then sent again by hand.
  const captured: { call?: ActionCall } = {};
  await page.route(
    (url) => url.pathname === href,
    async (route) => {
      const request = route.request();
      const headers = await request.allHeaders();
      if (request.method() !== "POST" || !headers["next-action"]) return route.fallback();
      captured.call = { headers, body: request.postData() ?? "" };
      await route.abort();
    },
  );
  await page.getByLabel("Decision and reason").selectOption({ label: "Recommend approval" });
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect.poll(() => captured.call).toBeDefined();
  await page.unrouteAll();
  const call = captured.call!;

  const forged = await replay(page, href, call, FOREIGN);
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  await page.goto(href);
  const history = page.getByRole("table").last();
  await expect(history.getByRole("row", { name: /Recommend approval/ })).toHaveCount(0);

  // The same call from the portal's own origin goes through, at the version the form showed:
  // the origin alone made the difference, and the refused call left the case untouched.
  const genuine = await replay(page, href, call, new URL(page.url()).origin);
  expect(genuine.status()).toBe(200);
  await page.goto(href);
  await expect(history.getByRole("row", { name: /Recommend approval/ })).toBeVisible();
});

test("a family search form posted from another site is refused", async ({ browser, page }) => {
  await signIn(page, "worker.bostandyk");
  const card = await firstRowLink(page, "/families");

  // Without JavaScript the search form posts itself, naming its action in hidden inputs
  // ($ACTION_REF_n and its bound state for a useActionState form, $ACTION_ID_<id> otherwise).
  const state = await page.context().storageState();
  const plain = await (
    await browser.newContext({ javaScriptEnabled: false, storageState: state })
  ).newPage();
  await plain.goto("/families");
  const form = plain.locator("form", { has: plain.getByLabel("Find a family by IIN") });
  const fields: Record<string, string> = { term: card.split("/").at(-1)! };
  for (const input of await form.locator("input[type=hidden]").all()) {
    fields[(await input.getAttribute("name"))!] = (await input.getAttribute("value")) ?? "";
  }
  expect(Object.keys(fields).some((name) => name.startsWith("$ACTION_"))).toBe(true);

  const post = (origin: string) =>
    plain.request.post("/families", { headers: { origin }, multipart: fields, maxRedirects: 0 });
  const forged = await post(FOREIGN);
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(forged.headers()["location"]).toBeUndefined();

  const genuine = await post(new URL(page.url()).origin);
  expect(genuine.status()).toBe(303);
  expect(genuine.headers()["location"]).toMatch(new RegExp(`${card}$`));
});
