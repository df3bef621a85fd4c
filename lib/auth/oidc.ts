import type { Profile } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { Db } from "../db/client";
import type { Env } from "../env";

type OidcProfile = Profile & { sub: string; preferred_username?: string; email?: string };

/**
 * An OpenID Connect provider (a government SSO such as Keycloak), when configured. The SSO
 * proves who someone is; the portal's own user table says what they may do: a person signs in
 * only when an administrator created a portal account with the same login or e-mail.
 */
export function oidcProvider(env: Env): OAuthConfig<OidcProfile> | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;

  const issuer = env.OIDC_ISSUER.replace(/\/$/, "");
  return {
    id: "oidc",
    name: env.OIDC_NAME,
    type: "oauth",
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile: (profile) => ({
      id: profile.sub,
      name: profile.preferred_username ?? profile.sub,
      email: profile.email ?? null,
    }),
  };
}

export async function oidcUserId(db: Db, profile: Profile | undefined): Promise<string | null> {
  const claims = profile as OidcProfile | undefined;
  const login = claims?.preferred_username?.toLowerCase();
  const email = claims?.email?.toLowerCase();
  if (!login && !email) return null;

  const user = await db.user.findFirst({
    where: {
      active: true,
      OR: [...(login ? [{ login }] : []), ...(email ? [{ email }] : [])],
    },
    select: { id: true },
  });
  return user?.id ?? null;
}
