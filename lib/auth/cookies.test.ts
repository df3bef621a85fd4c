import { describe, expect, it } from "vitest";
import { authCookies, secureCookiesWanted } from "./cookies";

describe("whether cookies must be secure", () => {
  it("is so in production mode, even on a plain HTTP address", () => {
    expect(secureCookiesWanted("production", ["http://portal.local:3000"])).toBe(true);
  });

  it("is so in embedded mode when any of the portal's addresses is https", () => {
    expect(secureCookiesWanted("embedded", [undefined, "https://portal.gov.kz"])).toBe(true);
  });

  it("is not so for an embedded portal on plain HTTP, where a browser would drop them", () => {
    expect(secureCookiesWanted("embedded", ["http://localhost:3000", undefined])).toBe(false);
    expect(secureCookiesWanted("embedded", [])).toBe(false);
  });
});

describe("next-auth's cookies", () => {
  it("are httpOnly, SameSite=Lax and path / whether secure or not", () => {
    for (const secure of [true, false]) {
      for (const cookie of Object.values(authCookies(secure))) {
        expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
        expect(cookie.options.secure).toBe(secure);
        expect(cookie.options).not.toHaveProperty("domain");
      }
    }
  });

  it("carry next-auth's secure prefixes when secure, __Host- for the CSRF token", () => {
    const cookies = authCookies(true);

    expect(cookies.sessionToken.name).toBe("__Secure-next-auth.session-token");
    expect(cookies.callbackUrl.name).toBe("__Secure-next-auth.callback-url");
    expect(cookies.csrfToken.name).toBe("__Host-next-auth.csrf-token");
    expect(cookies.pkceCodeVerifier.name).toBe("__Secure-next-auth.pkce.code_verifier");
    expect(cookies.state.name).toBe("__Secure-next-auth.state");
    expect(cookies.nonce.name).toBe("__Secure-next-auth.nonce");
  });

  it("keep next-auth's plain names when not secure, so existing sessions stay valid", () => {
    const names = Object.values(authCookies(false)).map((cookie) => cookie.name);

    expect(names).toEqual([
      "next-auth.session-token",
      "next-auth.callback-url",
      "next-auth.csrf-token",
      "next-auth.pkce.code_verifier",
      "next-auth.state",
      "next-auth.nonce",
    ]);
  });

  it("let the sign-in handshake cookies of single sign-on expire after 15 minutes", () => {
    const cookies = authCookies(true);

    expect(cookies.pkceCodeVerifier.options.maxAge).toBe(900);
    expect(cookies.state.options.maxAge).toBe(900);
    expect(cookies.sessionToken.options).not.toHaveProperty("maxAge");
  });
});
