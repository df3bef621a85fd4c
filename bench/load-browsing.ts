import { BASE, signIn } from "./page-timing";

/** One page a user asks for. */
export type Browse = { path: string; kind: "worklist" | "family card" | "case" };

/** A signed-in user and what they browse, in order, from their own place in the list. */
export type Session = { login: string; cookie: string; browsing: Browse[] };

type Browsed = { worklists: string[]; cards: string[]; cases: string[] };

/** Pages of the family list followed by its "Next page" link (keyset), 50 families each. */
const FAMILY_PAGES = 3;

const FAMILY_LINK = /href="(\/families\/[0-9a-f]{24})"/g;
const CASE_LINK = /href="(\/cases\/[0-9a-f-]{36})"/g;
const NEXT_FAMILIES = /href="(\/families\?[^"]*after=[^"]*)"/;

const unescape = (href: string) => href.replaceAll("&amp;", "&");
const linksIn = (html: string, link: RegExp) => [
  ...new Set([...html.matchAll(link)].map((match) => match[1]!)),
];

async function page(path: string, cookie: string): Promise<string> {
  const response = await fetch(`${BASE}${path}`, { headers: { cookie }, redirect: "manual" });
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);

  return response.text();
}

/** The family list's first pages and the cards they link to, as the user sees them. */
async function familyPages(cookie: string): Promise<Pick<Browsed, "worklists" | "cards">> {
  const worklists: string[] = [];
  const cards: string[] = [];
  let next: string | undefined = "/families";
  while (next && worklists.length < FAMILY_PAGES) {
    const html = await page(next, cookie);
    worklists.push(next);
    cards.push(...linksIn(html, FAMILY_LINK));
    const href = NEXT_FAMILIES.exec(html)?.[1];
    next = href ? unescape(href) : undefined;
  }

  return { worklists: [...worklists, "/families?class=E"], cards };
}

/** The case worklists of the user's role and the cases the first of them links to. */
async function casePages(
  login: string,
  cookie: string,
): Promise<Pick<Browsed, "worklists" | "cases">> {
  // Social workers are assigned cases; supervisors and managers read their team's.
  const own = login.startsWith("worker") ? "/cases?view=mine" : "/cases?view=team";
  const worklists = [own, "/cases?view=team&state=candidate"];
  const cases = linksIn(await page(own, cookie), CASE_LINK);
  if (cases.length === 0) cases.push(...linksIn(await page(worklists[1]!, cookie), CASE_LINK));

  return { worklists, cases };
}

/**
 * Family cards, case pages and worklists taken in turn (a worklist page every third request),
 * each list cycled until the longest is used up.
 */
function inTurn({ cards, cases, worklists }: Browsed): Browse[] {
  const streams = [
    cards.map((path) => ({ path, kind: "family card" as const })),
    cases.map((path) => ({ path, kind: "case" as const })),
    worklists.map((path) => ({ path, kind: "worklist" as const })),
  ].filter((stream) => stream.length > 0);
  const longest = Math.max(...streams.map((stream) => stream.length));

  return Array.from({ length: longest }, (_, i) => streams.map((s) => s[i % s.length]!)).flat();
}

/** What a user browses, collected from the portal itself as them: all inside their scope. */
async function browsingOf(login: string): Promise<Browse[]> {
  const cookie = await signIn(login);
  const families = await familyPages(cookie);
  const cases = await casePages(login, cookie);
  const browsed = { ...families, ...cases, worklists: [...families.worklists, ...cases.worklists] };
  console.error(
    `${login}: ${browsed.cards.length} family cards, ${browsed.cases.length} cases, ` +
      `${browsed.worklists.length} worklists`,
  );

  return inTurn(browsed);
}

const rotated = <T>(list: T[], start: number) => [...list.slice(start), ...list.slice(0, start)];

/**
 * `count` sessions shared out among the logins in turn, each signed in on its own, as that many
 * people would be. Sessions of one login start at evenly spaced places in its browsing, so
 * that they do not ask for the same page at the same moment.
 */
export async function signedInSessions(logins: string[], count: number): Promise<Session[]> {
  const browsing = new Map<string, Browse[]>();
  for (const login of logins) browsing.set(login, await browsingOf(login));

  const sessions: Session[] = [];
  for (let i = 0; i < count; i++) {
    const login = logins[i % logins.length]!;
    const list = browsing.get(login)!;
    const ofLogin = Math.ceil((count - (i % logins.length)) / logins.length);
    const start = Math.floor((Math.floor(i / logins.length) * list.length) / ofLogin);
    sessions.push({ login, cookie: await signIn(login), browsing: rotated(list, start) });
  }

  return sessions;
}
