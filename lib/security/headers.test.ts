import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./headers";

const NONCE = "bm9uY2Utb2YtdGhlLXRlc3Q=";
const EMBEDDED = { nonce: NONCE, dev: false, production: false };
const PRODUCTION = { nonce: NONCE, dev: false, production: true };
const DEV = { nonce: NONCE, dev: true, production: false };

/** The policy as a map of directive to its sources, so tests read one directive at a time. */
function directives(policy: string): Map<string, string[]> {
  const parsed = policy.split(";").map((part) => part.trim().split(/\s+/));
  return new Map(parsed.map(([name = "", ...sources]) => [name, sources]));
}

describe("content security policy", () => {
  it("lists every directive with its sources in embedded mode", () => {
    const csp = directives(contentSecurityPolicy(EMBEDDED));

    expect(Object.fromEntries(csp)).toEqual({
      "default-src": ["'self'"],
      "script-src": ["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'"],
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "data:"],
      "font-src": ["'self'"],
      "connect-src": ["'self'"],
      "object-src": ["'none'"],
      "base-uri": ["'none'"],
      "form-action": ["'self'"],
      "frame-ancestors": ["'none'"],
    });
  });

  it("puts the nonce in script-src only, so 'unsafe-inline' keeps working for styles", () => {
    const policy = contentSecurityPolicy(PRODUCTION);
    const csp = directives(policy);

    expect(policy.match(/'nonce-[^']+'/g)).toEqual([`'nonce-${NONCE}'`]);
    expect(csp.get("script-src")).toContain(`'nonce-${NONCE}'`);
    expect(csp.get("style-src")).not.toContain(`'nonce-${NONCE}'`);
    expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("upgrades insecure requests in production mode only", () => {
    expect(directives(contentSecurityPolicy(PRODUCTION)).get("upgrade-insecure-requests")).toEqual(
      [],
    );
    expect(directives(contentSecurityPolicy(EMBEDDED)).has("upgrade-insecure-requests")).toBe(
      false,
    );
    expect(directives(contentSecurityPolicy(DEV)).has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows eval and the hot-reload websocket in development only", () => {
    const dev = directives(contentSecurityPolicy(DEV));
    const production = directives(contentSecurityPolicy(PRODUCTION));

    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("connect-src")).toEqual(["'self'", "ws:"]);
    expect(production.get("script-src")).not.toContain("'unsafe-eval'");
    expect(production.get("connect-src")).toEqual(["'self'"]);
  });
});

describe("security headers", () => {
  it("sends the same non-CSP headers in every mode", () => {
    for (const options of [EMBEDDED, PRODUCTION, DEV]) {
      const headers = securityHeaders(options);

      expect(headers["Referrer-Policy"]).toBe("same-origin");
      expect(headers["X-Content-Type-Options"]).toBe("nosniff");
      expect(headers["X-Frame-Options"]).toBe("DENY");
      expect(headers["Permissions-Policy"]).toBe(
        "camera=(), microphone=(), geolocation=(), payment=()",
      );
      expect(headers["Cross-Origin-Opener-Policy"]).toBe("same-origin");
      expect(headers["Content-Security-Policy"]).toBe(contentSecurityPolicy(options));
    }
  });

  it("sends HSTS in production mode or over HTTPS, never to a plain embedded portal", () => {
    const hsts = "max-age=63072000; includeSubDomains";

    expect(securityHeaders(PRODUCTION)["Strict-Transport-Security"]).toBe(hsts);
    expect(securityHeaders({ ...EMBEDDED, https: true })["Strict-Transport-Security"]).toBe(hsts);
    expect(securityHeaders(EMBEDDED)).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders(DEV)).not.toHaveProperty("Strict-Transport-Security");
  });
});

describe("nonce", () => {
  it("is 128 random bits in base64, new each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, () => newNonce()));

    expect(nonces.size).toBe(100);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
  });
});
