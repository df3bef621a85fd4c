import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "../db/client";
import { getEnv } from "../env";
import { log } from "../log";
import { recordAudit } from "../audit/record";
import { authCookies, secureCookiesWanted } from "./cookies";
import { verifyCredentials } from "./credentials";
import { oidcProvider, oidcUserId } from "./oidc";

const EIGHT_HOURS = 8 * 60 * 60;

/** The address a request came from, as set by the portal's own server (see lib/server). */
export function clientAddress(headers: Record<string, unknown> | Headers | undefined): string {
  const read = (name: string) =>
    headers instanceof Headers ? headers.get(name) : (headers?.[name] as string | undefined);
  return read("x-portal-client-address") ?? "unknown";
}

const credentials = CredentialsProvider({
  id: "credentials",
  name: "Login and password",
  credentials: { login: { type: "text" }, password: { type: "password" } },
  async authorize(input, request) {
    const address = clientAddress(request.headers);
    const user = await verifyCredentials(getDb(), input, address);
    return { id: user.id, name: user.displayName };
  },
});

/** next-auth's settings, built on first use so that `next build` needs no secrets. */
export function authOptions(): NextAuthOptions {
  const env = getEnv();
  const sso = oidcProvider(env);
  const addresses = [env.PUBLIC_URL, process.env.NEXTAUTH_URL, process.env.AUTH_URL];
  const secure = secureCookiesWanted(env.mode, addresses);
  return {
    secret: env.AUTH_SECRET,
    useSecureCookies: secure,
    cookies: authCookies(secure),
    session: { strategy: "jwt", maxAge: EIGHT_HOURS, updateAge: 60 * 60 },
    jwt: { maxAge: EIGHT_HOURS },
    pages: { signIn: "/signin", error: "/signin" },
    providers: sso ? [credentials, sso] : [credentials],
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== "oidc") return true;
        const userId = await oidcUserId(getDb(), profile);
        return userId ? true : "/signin?error=NotProvisioned";
      },
      async jwt({ token, user, account, profile }) {
        if (account?.provider === "oidc") token.sub = (await oidcUserId(getDb(), profile)) ?? "";
        else if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub };
      },
    },
    events: {
      async signOut({ token }) {
        if (token.sub) await recordAudit(getDb(), { action: "sign_out", actorId: token.sub });
      },
    },
    logger: {
      error: (code, metadata) => log.error({ code, metadata }, "auth error"),
      warn: (code) => log.warn({ code }, "auth warning"),
      debug: () => {},
    },
  };
}
