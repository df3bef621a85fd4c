"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

type Props = { sso: string | null; notice: string | null; destination: string };

export function SignInForm({ sso, notice, destination }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(notice);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);

    const result = await signIn("credentials", {
      login: field(form, "login"),
      password: field(form, "password"),
      redirect: false,
    });
    setPending(false);
    if (!result?.ok) {
      setError(result?.error ?? "Sign-in failed. Please try again.");
      return;
    }

    router.replace(destination);
    router.refresh();
  }

  return (
    <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <form onSubmit={(event) => void submit(event)} className="space-y-4" noValidate>
        <label className="block text-sm font-medium">
          Login
          <input
            name="login"
            autoComplete="username"
            required
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
          />
        </label>
        <label className="block text-sm font-medium">
          Password
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
          />
        </label>
        {error ? (
          <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
            {error}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={pending}
          className={
            "w-full rounded-md bg-sky-800 px-4 py-2 " + "font-medium text-white disabled:opacity-60"
          }
        >
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {sso ? (
        <button
          type="button"
          onClick={() => void signIn("oidc", { callbackUrl: destination })}
          className="mt-3 w-full rounded-md border border-slate-300 px-4 py-2 font-medium"
        >
          Sign in with {sso}
        </button>
      ) : null}
    </div>
  );
}
