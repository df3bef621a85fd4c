import { NextResponse, type NextRequest } from "next/server";
import { portalMode } from "@/lib/portal-mode";
import { newNonce, securityHeaders } from "@/lib/security/headers";

/**
 * Whether the browser reached the portal over HTTPS. X-Forwarded-Proto is believed even
 * without a trusted proxy: it only adds HSTS, which browsers ignore on a plain HTTP response.
 */
function overHttps(request: NextRequest): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();

  return request.nextUrl.protocol === "https:" || forwarded === "https";
}

/**
 * The security headers of every page and route handler (lib/security/headers.ts), with a fresh
 * CSP nonce per request. The policy also goes on the request: Next.js reads the nonce from
 * it and puts it on its own scripts, which works because every page renders per request.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const mode = portalMode({
    PORTAL_MODE: process.env.PORTAL_MODE,
    DATABASE_URL: process.env.DATABASE_URL,
    CLICKHOUSE_URL: process.env.CLICKHOUSE_URL,
  });
  const headers = securityHeaders({
    nonce,
    dev: process.env.NODE_ENV === "development",
    production: mode === "production",
    https: overHttps(request),
  });

  const forwarded = new Headers(request.headers);
  forwarded.set("content-security-policy", headers["Content-Security-Policy"] ?? "");
  forwarded.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);

  return response;
}

// Skips Next's build output, images and other static files (favicon.ico among them), which
// run no scripts and carry no secrets. Route handlers stay matched, CSV exports included.
export const config = {
  matcher: [
    "/((?!_next/static|_next/image|.*\\.(?:ico|png|jpe?g|gif|svg|webp|woff2?|css|js|map)$).*)",
  ],
};
