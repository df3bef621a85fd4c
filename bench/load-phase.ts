import autocannon from "autocannon";
import type { Browse, Session } from "./load-browsing";
import { PORT } from "./page-timing";
import type { Metric } from "./types";

/** A page that answered 404, to the session that asked: asked again once the sync is over. */
export type NotFound = { path: string; cookie: string; responses: number };

/** What the responses that were not 2xx were, counted as they come. */
export type Tally = {
  failures: Map<string, number>;
  lostSessions: number;
  /** By login and path: the same family may be in one user's scope and not another's. */
  notFound: Map<string, NotFound>;
};

export type Phase = { result: autocannon.Result; tally: Tally };

const succeeded = (status: number) => status >= 200 && status < 300;

function countNotFound(tally: Tally, session: Session, path: string): void {
  const key = `${session.login} ${path}`;
  const found = tally.notFound.get(key) ?? { path, cookie: session.cookie, responses: 0 };
  tally.notFound.set(key, { ...found, responses: found.responses + 1 });
}

function record(tally: Tally, session: Session, browse: Browse, status: number, location: string) {
  if (succeeded(status)) return;

  const key = `${status} ${browse.kind}`;
  tally.failures.set(key, (tally.failures.get(key) ?? 0) + 1);
  // The portal sends a request without a valid session to the sign-in page.
  if (status >= 300 && status < 400 && location.startsWith("/signin")) tally.lostSessions++;
  if (status === 404) countNotFound(tally, session, browse.path);
}

/** Where a redirect points, as a path: autocannon passes the headers as the server sent them. */
function locationOf(headers: autocannon.Request["headers"]): string {
  const entry = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === "location");
  const value = entry?.[1];
  const location = (Array.isArray(value) ? value[0] : value) ?? "";

  return location.replace(/^https?:\/\/[^/]+/, "");
}

function requestsOf(session: Session, tally: Tally): autocannon.Request[] {
  return session.browsing.map((browse) => ({
    method: "GET",
    path: browse.path,
    headers: { cookie: session.cookie },
    onResponse: (status, _body, _context, headers) =>
      record(tally, session, browse, status, locationOf(headers)),
  }));
}

/**
 * One autocannon instance with a keep-alive connection per session, each cycling through its
 * user's browsing: without pause, or at `rate` requests a second from all sessions together
 * (autocannon then corrects the latencies for coordinated omission). One instance keeps one
 * latency histogram over every request, so the percentiles are exact, not merged from one
 * instance per user.
 */
export async function runLoad(sessions: Session[], seconds: number, rate?: number): Promise<Phase> {
  const tally: Tally = { failures: new Map(), lostSessions: 0, notFound: new Map() };
  const requests = sessions.map((session) => requestsOf(session, tally));
  let connection = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}`,
    connections: sessions.length,
    duration: seconds,
    ...(rate ? { overallRate: rate } : {}),
    requests: requests[0],
    // Called once per connection, before its first request: the connection becomes a session.
    setupClient: (client) => client.setRequests(requests[connection++ % requests.length]!),
  });

  return { result, tally };
}

/** A phase's figures, named after it: "browsing: latency p99" and so on. */
export function phaseMetrics(name: string, { result, tally }: Phase): Metric[] {
  const { latency, requests } = result;
  const figure = (metric: string, value: number, unit: string): Metric => ({
    metric: `${name}: ${metric}`,
    value,
    unit,
  });

  return [
    figure("requests", requests.total, "requests"),
    figure("requests/s", requests.total / result.duration, "1/s"),
    figure("latency p50", latency.p50, "ms"),
    figure("latency p90", latency.p90, "ms"),
    figure("latency p99", latency.p99, "ms"),
    figure("latency max", latency.max, "ms"),
    figure("errors", result.errors, "requests"),
    figure("non-2xx", result.non2xx, "responses"),
    figure("lost sessions", tally.lostSessions, "responses"),
  ];
}

/** The non-2xx responses by status and kind of page, without paths, ids or cookies. */
export function describeFailures(name: string, { result, tally }: Phase): string {
  const failures = [...tally.failures].map(([key, n]) => `${key} ×${n}`).join(", ");
  const errors = `${result.errors} errors (${result.timeouts} timeouts)`;

  return `${name}: ${errors}; non-2xx: ${failures || "none"}`;
}
