export type SecurityHeaderOptions = {
  /** This response's nonce (base64): only scripts carrying it may run. */
  nonce: string;
  /** Next.js in development mode: React's dev tooling needs eval, hot reload a websocket. */
  dev: boolean;
  /** The portal runs in production mode (lib/portal-mode.ts), where HTTPS is expected. */
  production: boolean;
  /** The browser reached the portal over HTTPS, directly or through a TLS proxy. */
  https?: boolean;
};

const TWO_YEARS = 2 * 365 * 24 * 60 * 60;

/**
 * "same-origin", not "no-referrer": both send nothing to another site, so a citizen's link
 * (/n/<token>) never leaks, but under "no-referrer" a browser posts a form with
 * `Origin: null`, which Next.js refuses as a forged server action (see docs/security.md).
 */
export const REFERRER_POLICY = "same-origin";

/** A fresh 128-bit nonce, base64, from Web Crypto: one per response, never reused. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));

  return btoa(String.fromCharCode(...bytes));
}

/** The Content-Security-Policy of a page; see docs/security.md for each directive. */
export function contentSecurityPolicy(options: SecurityHeaderOptions): string {
  const { nonce, dev, production } = options;
  const directives = [
    ["default-src", "'self'"],
    // 'strict-dynamic': scripts the nonce-bearing ones load may run; hosts lists are ignored.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", dev ? "'unsafe-eval'" : ""],
    // Tremor and Recharts set style attributes (widths, colours, chart positions), which no
    // nonce can cover. A style cannot run code; scripts stay locked. No nonce here: a nonce
    // in style-src would make browsers ignore 'unsafe-inline'.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'", dev ? "ws:" : ""],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    production ? ["upgrade-insecure-requests"] : [],
  ];

  return directives
    .map((parts) => parts.filter(Boolean).join(" "))
    .filter(Boolean)
    .join("; ");
}

/** Every security header of a response, pages and route handlers alike. */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "Referrer-Policy": REFERRER_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (!options.production && !options.https) return headers;

  return { ...headers, "Strict-Transport-Security": `max-age=${TWO_YEARS}; includeSubDomains` };
}
