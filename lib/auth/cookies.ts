import type { CookiesOptions } from "next-auth";
import type { PortalMode } from "../portal-mode";

/** One of next-auth's cookies with the flags the portal sets on it. */
export type AuthCookie = {
  name: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; maxAge?: number };
};

const FIFTEEN_MINUTES = 15 * 60;

/**
 * Whether cookies must be Secure: in production mode, or when any of the portal's addresses
 * (PUBLIC_URL, NEXTAUTH_URL, AUTH_URL) is https. A production portal reached over plain HTTP
 * then cannot keep a session, which is meant: a session cookie must not cross the network
 * in clear.
 */
export function secureCookiesWanted(mode: PortalMode, addresses: (string | undefined)[]): boolean {
  return mode === "production" || addresses.some((address) => address?.startsWith("https://"));
}

/**
 * next-auth's cookies, set explicitly rather than left to its defaults: httpOnly (no script
 * reads them), SameSite=Lax (not sent on cross-site posts), path /, and when secure the
 * `__Secure-` prefix, or `__Host-` for the CSRF token, which also pins it to this host.
 * The names are next-auth's own, so sessions survive the change.
 */
export function authCookies(secure: boolean): Record<keyof CookiesOptions, AuthCookie> {
  const secured = (name: string, host = false) =>
    `${secure ? (host ? "__Host-" : "__Secure-") : ""}next-auth.${name}`;
  const cookie = (name: string, extra: { maxAge?: number; host?: boolean } = {}): AuthCookie => ({
    name: secured(name, extra.host),
    options: {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure,
      ...(extra.maxAge ? { maxAge: extra.maxAge } : {}),
    },
  });

  return {
    sessionToken: cookie("session-token"),
    callbackUrl: cookie("callback-url"),
    csrfToken: cookie("csrf-token", { host: true }),
    pkceCodeVerifier: cookie("pkce.code_verifier", { maxAge: FIFTEEN_MINUTES }),
    state: cookie("state", { maxAge: FIFTEEN_MINUTES }),
    nonce: cookie("nonce"),
  };
}
