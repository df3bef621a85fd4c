import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/sign-in-form";
import { currentUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  NotProvisioned: "Your single sign-on account has no portal account. Ask an administrator.",
  SessionRequired: "Please sign in to continue.",
};

type Props = { searchParams: Promise<{ error?: string; callbackUrl?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  if (await currentUser()) redirect("/");

  const { error, callbackUrl } = await searchParams;
  const env = getEnv();
  const sso = env.OIDC_ISSUER ? env.OIDC_NAME : null;
  const notice = error ? (ERRORS[error] ?? "Sign-in failed. Please try again.") : null;
  // Only a path on this portal may be a destination after sign-in.
  const destination =
    callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";

  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <h1 className="text-2xl font-semibold">Family Card Portal</h1>
        <p className="mt-1 text-sm text-slate-600">Sign in with your staff account.</p>
        <SignInForm sso={sso} notice={notice} destination={destination} />
        {env.mode === "embedded" ? (
          <p className="mt-6 text-xs text-slate-500">
            Demo installation: the demo logins are printed when the portal starts and listed in the
            README.
          </p>
        ) : null}
      </div>
    </main>
  );
}
